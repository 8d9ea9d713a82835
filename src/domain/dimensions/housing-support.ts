import { text } from '../phrases.js'
import { municipalService } from './home-care.js'

export default municipalService(
  'housing_support',
  text('Housing support', 'Boendestöd'),
  text('Do the municipalities grant housing support?', 'Beviljar kommunerna boendestöd?'),
)
