import { text } from '../phrases.js'
import { regionalService } from './home-care.js'

export default regionalService(
  'counselor_home_visit',
  text('Counselor home visits', 'Kurator i hemmet'),
  text('Does a counselor visit patients at home?', 'Gör kurator hembesök hos patienter?'),
)
