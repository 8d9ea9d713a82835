import { text } from '../phrases.js'
import { regionalService } from './home-care.js'

export default regionalService(
  'nurse_home_visit',
  text('Nurse home visits', 'Sjuksköterskebesök i hemmet'),
  text(
    'Does a nurse or assistant nurse visit patients at home (samples, dressings, medicines)?',
    'Gör sjuksköterska eller undersköterska hembesök (prover, omläggningar, läkemedel)?',
  ),
)
