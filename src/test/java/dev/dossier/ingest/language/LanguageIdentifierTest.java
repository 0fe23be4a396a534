package dev.dossier.ingest.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Language identification of archive texts: titles, cables of several paragraphs, and texts too
 * short to tell.
 */
class LanguageIdentifierTest {

  static final String SPANISH_CABLE =
      """
      EMBAJADA DE CUBA EN MOSCÚ

      Cable cifrado No. 214. Muy secreto.
      Al Ministro de Relaciones Exteriores, Dr. Raúl Roa.

      Hoy a las once de la mañana fui recibido por el Primer Viceministro de Relaciones Exteriores de la URSS, quien \
      me informó que el gobierno soviético considera de la mayor importancia la próxima visita de la delegación \
      económica cubana. Expresó su satisfacción por los resultados de la zafra y por los acuerdos comerciales \
      firmados el año pasado.

      Durante la conversación, el Viceministro se refirió a las declaraciones del Comandante Guevara en Argel, que \
      según él han causado cierta preocupación en algunos círculos del Partido. Le respondí que nuestro gobierno \
      mantiene la amistad más estrecha con la Unión Soviética y que las opiniones de los compañeros revolucionarios \
      sobre la lucha armada en América Latina no deben interpretarse como una crítica a la política soviética.

      Al final de la entrevista me pidió transmitir al Primer Ministro Fidel Castro un saludo fraternal del camarada \
      Jruschov y la invitación a visitar la Unión Soviética en la primavera. Solicito instrucciones sobre la \
      respuesta que debemos dar.

      Embajador
      """;

  static final String GERMAN_MEMO =
      """
      Auswärtiges Amt
      Referat I B 2

      Aufzeichnung

      Betr.: Gespräch des Herrn Bundesministers mit dem sowjetischen Botschafter am 24. Oktober 1962

      Der sowjetische Botschafter suchte heute um 11 Uhr den Herrn Bundesminister auf, um ihm eine Erklärung seiner \
      Regierung zur Lage in der Karibik zu übergeben. Er betonte, die Sowjetunion werde die Blockade Kubas durch die \
      Vereinigten Staaten nicht hinnehmen, und warnte vor den Folgen für den Frieden in Europa, insbesondere für die \
      Lage in Berlin.

      Der Herr Bundesminister erwiderte, die Bundesregierung stehe fest an der Seite ihrer Verbündeten. Die \
      Stationierung von Raketen auf Kuba sei eine ernste Bedrohung, und es liege an der Sowjetunion, die Spannungen \
      zu verringern. Er bat den Botschafter, diese Auffassung seiner Regierung zu übermitteln.

      Das Gespräch verlief in sachlicher Atmosphäre und dauerte etwa vierzig Minuten. Es wird vorgeschlagen, die \
      Botschaften in Washington, Paris und London über den Inhalt zu unterrichten.
      """;

  static final String FRENCH_NOTE =
      """
      AMBASSADE DE FRANCE EN UNION SOVIÉTIQUE
      Moscou, le 27 octobre 1962

      Télégramme n° 4512-4518. Très secret.

      J'ai été reçu ce matin par le ministre des Affaires étrangères, qui m'a longuement exposé la position de son \
      gouvernement sur la crise des Caraïbes. Selon lui, l'Union soviétique n'a installé à Cuba que des armes de \
      caractère défensif, destinées à protéger la révolution cubaine contre une nouvelle invasion.

      J'ai rappelé à mon interlocuteur que le Gouvernement français considère la présence de fusées offensives dans \
      l'hémisphère occidental comme une menace directe pour la paix. Il m'a répondu que l'ambassadeur des États-Unis \
      avait tenu des propos semblables, mais que Moscou restait prêt à négocier si Washington renonçait à toute \
      agression contre Cuba.

      L'atmosphère de l'entretien est restée courtoise. Je crois cependant que les dirigeants soviétiques cherchent \
      une issue qui leur permette de sauver la face. Je suggère que le Département en informe nos alliés de \
      l'Alliance atlantique.
      """;

  static final String ENGLISH_TELEGRAM =
      """
      TELEGRAM
      FROM: AMEMBASSY MOSCOW
      TO: SECSTATE WASHDC
      SECRET

      1. Foreign Ministry official called me in this afternoon to deliver an oral statement on the situation in \
      Southeast Asia. He said the Soviet Government regards recent American actions as a serious threat to peace and \
      expects the United States to show restraint.

      2. I replied that our position had been made clear in the President's statement of last week and that the \
      responsibility for the present tension lay with those who supplied arms to the insurgents. He did not pursue \
      the point but asked whether the Secretary would be prepared to discuss the matter with the Foreign Minister at \
      the General Assembly.

      3. Comment: The tone of the conversation was firm but not hostile. The Soviets appear anxious to avoid a public \
      confrontation and may be looking for a way to open private talks. Recommend that the Department consider a \
      positive reply.
      """;

  static final String RUSSIAN_DIARY =
      """
      Из дневника посла СССР на Кубе

      Секретно

      Встретился сегодня с министром иностранных дел Республики Куба. В ходе беседы он сообщил, что кубинское \
      руководство с большим удовлетворением восприняло решение советского правительства о поставках нефти и \
      сельскохозяйственной техники.

      Министр подробно остановился на положении в странах Латинской Америки и выразил мнение, что революционное \
      движение в этих странах нуждается в более активной поддержке. Я ответил, что Советский Союз последовательно \
      поддерживает борьбу народов за национальное освобождение.

      В заключение беседы министр просил передать Н.С. Хрущеву благодарность Фиделя Кастро за помощь, оказанную \
      Кубе в трудный период.
      """;

  static final String ITALIAN_TELESPRESSO =
      """
      Ambasciata d'Italia a Mosca
      Telespresso n. 1724. Riservato.

      Nel corso di un colloquio con il vice ministro degli Esteri sovietico, ho avuto occasione di discutere della \
      situazione nel Mediterraneo e dei rapporti commerciali tra i nostri due paesi. Il mio interlocutore ha espresso \
      la speranza che il governo italiano voglia sviluppare ulteriormente gli scambi, in particolare nel settore \
      delle macchine utensili.

      Per quanto riguarda la questione di Cuba, egli ha ribadito che l'Unione Sovietica non intende rinunciare al suo \
      impegno verso il governo dell'Avana, pur auspicando una soluzione pacifica della controversia con gli Stati \
      Uniti.

      Ho risposto che l'Italia, fedele alle sue alleanze, segue con attenzione ogni iniziativa che possa contribuire \
      alla distensione.
      """;

  static Map<String, String> longTexts() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put(SPANISH_CABLE, "es");
    texts.put(GERMAN_MEMO, "de");
    texts.put(FRENCH_NOTE, "fr");
    texts.put(ENGLISH_TELEGRAM, "en");
    texts.put(RUSSIAN_DIARY, "ru");
    texts.put(ITALIAN_TELESPRESSO, "it");
    return texts;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | Memorandum of Conversation with the Soviet Ambassador
          en | Record of a Conversation with Ernesto Guevara
          en | Letter from Khrushchev to President Kennedy
          en | Minutes of the Politburo session on aid to Vietnam
          en | Draft statement on the nuclear test ban treaty
          es | Cable de la Embajada de Cuba en Moscú
          es | Informe del embajador sobre la situación revolucionaria
          es | Carta de Fidel Castro al Primer Ministro soviético
          es | Acta de la reunión del Consejo de Ministros
          es | Nota verbal del Ministerio de Relaciones Exteriores
          de | Aufzeichnung des Auswärtigen Amts über Kuba
          de | Gespräch des Außenministers mit dem sowjetischen Botschafter
          de | Vermerk über die Sitzung des Politbüros
          de | Bericht über die Lage in Berlin nach dem Mauerbau
          de | Drahtbericht des Botschafters aus Washington
          fr | Note de l'ambassade de France à La Havane
          fr | Télégramme de l'ambassadeur à Moscou sur la crise de Cuba
          fr | Lettre du général de Gaulle au président Kennedy
          fr | Dépêche du chargé d'affaires à Pékin
          fr | Compte rendu de la réunion du Conseil des ministres
          ru | Запись беседы с министром промышленности Кубы
          it | Telegramma dell'ambasciatore italiano all'Avana
          it | Verbale della riunione del Consiglio dei ministri
          pt | Telegrama da Embaixada do Brasil em Havana
          """)
  void titlesAreIdentified(String expected, String title) {
    assertEquals(expected, LanguageIdentifier.identify(title));
  }

  @Test
  void cablesOfSeveralParagraphsAreIdentified() {
    longTexts()
        .forEach(
            (text, expected) -> assertEquals(expected, LanguageIdentifier.identify(text), text));
  }

  @Test
  void italianIsNotTakenForSpanish() {
    // Only four languages have analyzers; Italian must still not be forced into the closest of
    // them.
    assertEquals("it", LanguageIdentifier.identify(ITALIAN_TELESPRESSO));
    assertEquals(
        "it",
        LanguageIdentifier.identify(
            "Colloquio del ministro degli Esteri con l'ambasciatore sovietico"));
  }

  @Test
  void allCapitalsCableHeadingsAreIdentified() {
    assertEquals(
        "es",
        LanguageIdentifier.identify(
            "CABLE DE LA EMBAJADA DE CUBA EN MOSCU SOBRE LA VISITA DEL COMANDANTE"));
    assertEquals(
        "de",
        LanguageIdentifier.identify("FERNSCHREIBEN DER BOTSCHAFT IN MOSKAU AN DAS AUSWÄRTIGE AMT"));
  }

  @Test
  void capitalsAreLowercasedTheSameUnderATurkishLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals(
          "en",
          LanguageIdentifier.identify("INTELLIGENCE INFORMATION CABLE ON THE SITUATION IN BERLIN"));
      assertEquals(
          "es",
          LanguageIdentifier.identify(
              "INFORME DEL EMBAJADOR SOBRE LA ENTREVISTA CON EL VICEMINISTRO"));
    } finally {
      Locale.setDefault(before);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "Cable No. 214",
        "1962-10-27 No. 4512-4518 / 05839 38 N9 N6",
        "Ky89 II. 27-29, r. 9127",
        "Embajador",
        "Москва, 1963"
      })
  void tooFewLettersAreUndetermined(String text) {
    assertEquals("und", LanguageIdentifier.identify(text));
  }

  @Test
  void nullIsUndetermined() {
    assertEquals("und", LanguageIdentifier.identify(null));
  }

  @Test
  void theScriptThatHoldsMostLettersDecides() {
    // A Russian record quoting names in Latin letters, and an English cable quoting a Russian
    // phrase.
    assertEquals(
        "ru",
        LanguageIdentifier.identify(
            "Встретился сегодня с Э. Гевара (Ernesto Guevara) в Havana, он передал привет товарищу"
                + " Кастро."));
    assertEquals(
        "en",
        LanguageIdentifier.identify(
            "The Ambassador described the talks as \"дружеская беседа\" and said the Cuban"
                + " delegation would arrive in Moscow next week to discuss sugar deliveries."));
    // Three scripts, none holding half of the letters: an index of names, not a text in one
    // language.
    assertEquals(
        "und",
        LanguageIdentifier.identify(
            "Гевара Кастро Москва Guevara Castro Moscow Γκεβάρα Κάστρο Μόσχα"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          el | Τηλεγράφημα της πρεσβείας της Ελλάδας στη Μόσχα προς το υπουργείο
          ja | 外務省から在モスクワ日本大使館への電報について報告する
          zh | 中华人民共和国外交部关于苏联政府声明的答复意见
          ko | 대한민국 외무부 장관과 미국 대사의 회담 기록에 관한 보고서
          ar | برقية من السفارة المصرية في موسكو إلى وزارة الخارجية
          he | מברק משגרירות ישראל במוסקבה אל משרד החוץ בירושלים
          und | ทูตไทยประจำกรุงมอสโกรายงานต่อกระทรวงการต่างประเทศ
          """)
  void aScriptOfOneLanguageGivesTheLanguage(String expected, String text) {
    assertEquals(expected, LanguageIdentifier.identify(text));
  }

  @Test
  void onlyTheOpeningOfAVeryLongTextIsRead() {
    String spanish = SPANISH_CABLE.repeat(20);
    String text = spanish + ENGLISH_TELEGRAM.repeat(40);
    assertEquals("es", LanguageIdentifier.identify(text), "the first 10,000 chars are Spanish");
    assertEquals("en", LanguageIdentifier.identify(ENGLISH_TELEGRAM.repeat(40) + spanish));
  }

  @Test
  void concurrentCallersGetTheSameAnswers() throws Exception {
    List<String> texts = new ArrayList<>(longTexts().keySet());
    texts.add("Cable de la Embajada de Cuba en Moscú");
    texts.add("Drahtbericht des Botschafters aus Washington");
    List<String> expected = texts.stream().map(LanguageIdentifier::identify).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> texts.stream().map(LanguageIdentifier::identify).toList()));
      }
      for (Future<List<String>> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
