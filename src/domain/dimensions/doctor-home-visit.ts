import { text } from '../phrases.js'
import { regionalService } from './home-care.js'

export default regionalService(
  'doctor_home_visit',
  text('Doctor home visits', 'Läkarbesök i hemmet'),
  text('Does a doctor visit patients at home?', 'Gör läkare hembesök hos patienter?'),
)
