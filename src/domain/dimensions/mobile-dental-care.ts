import { text } from '../phrases.js'
import { regionalService } from './home-care.js'

export default regionalService(
  'mobile_dental_care',
  text('Mobile dental care', 'Mobil tandvård'),
  text('Does dental care come to patients who cannot travel?', 'Kommer tandvården till patienter som inte kan ta sig till kliniken?'),
)
