import type { Language } from './types';

/**
 * Spanish, as a district's Spanish-speaking staff write a form and as Google Forms writes its
 * headers for an account set to Spanish. Adjectives are listed in both genders ("satisfecho",
 * "satisfecha") and with the inclusive "/a" spelling forms often use.
 */
export const SPANISH: Language = {
  code: 'es',
  name: 'Español',
  headers: {
    timestamp: ['Marca temporal'],
    email: ['Dirección de correo electrónico', 'Correo electrónico', 'Nombre de usuario'],
    score: ['Puntuación'],
  },
  labels: {
    agreement5: [
      ['Totalmente de acuerdo', 'Muy de acuerdo', 'Completamente de acuerdo'],
      ['De acuerdo'],
      ['Sin opinión', 'No tengo opinión'],
      ['En desacuerdo'],
      ['Totalmente en desacuerdo', 'Muy en desacuerdo', 'Completamente en desacuerdo'],
    ],
    'agreement5-neutral': [
      ['Totalmente de acuerdo', 'Muy de acuerdo', 'Completamente de acuerdo'],
      ['De acuerdo'],
      ['Ni de acuerdo ni en desacuerdo', 'Neutral', 'Neutro'],
      ['En desacuerdo'],
      ['Totalmente en desacuerdo', 'Muy en desacuerdo', 'Completamente en desacuerdo'],
    ],
    agreement4: [
      ['Totalmente de acuerdo', 'Muy de acuerdo', 'Completamente de acuerdo'],
      ['De acuerdo'],
      ['En desacuerdo'],
      ['Totalmente en desacuerdo', 'Muy en desacuerdo', 'Completamente en desacuerdo'],
    ],
    agreement7: [
      ['Totalmente de acuerdo', 'Muy de acuerdo', 'Completamente de acuerdo'],
      ['De acuerdo'],
      ['Algo de acuerdo', 'Parcialmente de acuerdo', 'Un poco de acuerdo'],
      ['Ni de acuerdo ni en desacuerdo', 'Neutral', 'Neutro'],
      ['Algo en desacuerdo', 'Parcialmente en desacuerdo', 'Un poco en desacuerdo'],
      ['En desacuerdo'],
      ['Totalmente en desacuerdo', 'Muy en desacuerdo', 'Completamente en desacuerdo'],
    ],
    satisfaction5: [
      ['Muy satisfecho', 'Muy satisfecha', 'Muy satisfecho/a'],
      ['Satisfecho', 'Satisfecha', 'Satisfecho/a'],
      ['Ni satisfecho ni insatisfecho', 'Ni satisfecha ni insatisfecha', 'Neutral', 'Neutro'],
      ['Insatisfecho', 'Insatisfecha', 'Insatisfecho/a'],
      ['Muy insatisfecho', 'Muy insatisfecha', 'Muy insatisfecho/a'],
    ],
    satisfaction4: [
      ['Muy satisfecho', 'Muy satisfecha', 'Muy satisfecho/a'],
      ['Satisfecho', 'Satisfecha', 'Satisfecho/a'],
      ['Insatisfecho', 'Insatisfecha', 'Insatisfecho/a'],
      ['Muy insatisfecho', 'Muy insatisfecha', 'Muy insatisfecho/a'],
    ],
    frequency5: [
      ['Siempre'],
      ['A menudo', 'Con frecuencia', 'Frecuentemente', 'Usualmente'],
      ['A veces', 'Algunas veces'],
      ['Rara vez', 'Pocas veces'],
      ['Nunca'],
    ],
    'frequency5-almost': [
      ['Casi siempre'],
      ['A menudo', 'Con frecuencia', 'Frecuentemente', 'Usualmente'],
      ['A veces', 'Algunas veces'],
      ['Rara vez', 'Pocas veces'],
      ['Casi nunca'],
    ],
    'ic-levels': [
      ['Nivel 1', 'Nivel 1 (Ideal)'],
      ['Nivel 2'],
      ['Nivel 3'],
      ['Nivel 4', 'Nivel 4 (Inicial)', 'Nivel 4 (Entrada)'],
      ['No estoy seguro', 'No estoy segura', 'No estoy seguro/a', 'No sé'],
    ],
  },
};
