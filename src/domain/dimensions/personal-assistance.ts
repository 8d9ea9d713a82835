import { text } from '../phrases.js'
import { municipalService } from './home-care.js'

export default municipalService(
  'personal_assistance',
  text('Personal assistance', 'Personlig assistans'),
  text('Do the municipalities grant personal assistance (LSS)?', 'Beviljar kommunerna personlig assistans (LSS)?'),
)
