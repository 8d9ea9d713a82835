import { text } from '../phrases.js'
import { municipalService } from './home-care.js'

export default municipalService('home_help', text('Home help', 'Hemtjänst'), text('Do the municipalities grant home help?', 'Beviljar kommunerna hemtjänst?'))
