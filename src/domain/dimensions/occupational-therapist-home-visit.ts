import { text } from '../phrases.js'
import { regionalService } from './home-care.js'

export default regionalService(
  'occupational_therapist_home_visit',
  text('Occupational therapist home visits', 'Arbetsterapeut i hemmet'),
  text('Does an occupational therapist visit patients at home (aids, assessments)?', 'Gör arbetsterapeut hembesök (hjälpmedel, bedömningar)?'),
)
