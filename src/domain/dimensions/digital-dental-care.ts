import { text } from '../phrases.js'
import { regionalService } from './home-care.js'

export default regionalService(
  'digital_dental_care',
  text('Digital dental visits', 'Digitala tandvårdsbesök'),
  text('Can patients see dental care digitally?', 'Kan patienter få tandvård genom digitala besök?'),
)
