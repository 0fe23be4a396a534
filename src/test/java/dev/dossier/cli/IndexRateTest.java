package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IndexRateTest {

  @Test
  void aSlowRunIsNotReportedAsZeroDocumentsASecond() {
    assertEquals("0.34", IndexCommand.rate(0.34));
    assertEquals("0.014", IndexCommand.rate(0.0137), "one 120 MB document in 73 s");
    assertEquals("1.5", IndexCommand.rate(1.46));
    assertEquals("9.9", IndexCommand.rate(9.94));
    assertEquals("176", IndexCommand.rate(176.4));
    assertEquals("0", IndexCommand.rate(0), "nothing written");
  }
}
