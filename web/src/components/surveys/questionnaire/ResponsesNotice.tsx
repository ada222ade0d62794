import { Alert } from '../../Alert.js';
import { Paragraph } from '../../Paragraph.js';

/** Said before any editing starts, so nobody builds a change the server will refuse. */
export function ResponsesNotice() {
  return (
    <Alert type="warning" title="Er zijn al antwoorden op deze vragenlijst">
      <Paragraph>Daarom kan dit niet meer:</Paragraph>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">een vraag weghalen;</li>
        <li className="utrecht-unordered-list__item">het soort vraag veranderen;</li>
        <li className="utrecht-unordered-list__item">
          een antwoord weghalen of de code ervan veranderen.
        </li>
      </ul>
      <Paragraph>
        Wel kunt u teksten verbeteren en vragen en antwoorden toevoegen. De tekst van
        standaardvragen blijft altijd gelijk.
      </Paragraph>
    </Alert>
  );
}
