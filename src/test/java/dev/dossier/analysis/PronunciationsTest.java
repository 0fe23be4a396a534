package dev.dossier.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.Operations;
import org.junit.jupiter.api.Test;

class PronunciationsTest {

  @Test
  void aPronunciationIsSpeltOneLetterGroupPerSound() {
    assertEquals("waitlo", Respelling.of("W AY1 T L AO2"));
    assertEquals("iden", Respelling.of("IY1 D AH0 N"), "an unstressed schwa is e");
    assertEquals("banch", Respelling.of("B AH1 N CH"), "a stressed one is a");
    assertEquals("byukenen", Respelling.of("B Y UW0 K AE1 N AH0 N"));
    assertEquals("beyker", Respelling.of("B EY1 K ER0"));
    assertThrows(IllegalArgumentException.class, () -> Respelling.of("W QQ1"));
  }

  @Test
  void theDictionaryIsReadByWordAndByRespelling() {
    Pronunciations p = Pronunciations.shipped();
    assertEquals(List.of("waitlo", "hwaitlo"), p.respellings("Whitelaw"));
    assertEquals(List.of("westmorlend"), p.respellings("westmoreland"));
    assertEquals(List.of(), p.respellings("Zzyzxq"));
    assertTrue(p.words("iden").contains("eden"), p.words("iden").toString());
    assertEquals(List.of(), p.words("zzyzxq"));
  }

  @Test
  void theRespellingsAreTermsAnAutomatonCanBeIntersectedWith() throws Exception {
    CompiledAutomaton either =
        new CompiledAutomaton(
            Operations.union(Automata.makeString("waitlo"), Automata.makeString("iden")),
            true,
            false,
            Operations.DEFAULT_DETERMINIZE_WORK_LIMIT,
            false);
    TermsEnum te =
        either.getTermsEnum(
            Pronunciations.shipped().respellingTerms("", java.util.Set.of('w', 'i')));
    List<String> found = new ArrayList<>();
    for (BytesRef term = te.next(); term != null; term = te.next()) {
      found.add(term.utf8ToString());
    }
    assertEquals(List.of("iden", "waitlo"), found);
    // the respellings of other first letters are not read
    TermsEnum none =
        either.getTermsEnum(Pronunciations.shipped().respellingTerms("", java.util.Set.of('b')));
    assertEquals(null, none.next());
  }
}
