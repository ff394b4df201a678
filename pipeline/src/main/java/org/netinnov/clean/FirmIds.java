package org.netinnov.clean;

/**
 * How firm ids are normalised as they are read, so that the same firm has one id across files: Wind writes
 * {@code 000333.SZ}, CSMAR {@code 000333}, and a spreadsheet that took the codes for numbers {@code 333}.
 *
 * @param width               left-pad ids that are all digits with zeros to this width (0: as written)
 * @param stripExchangeSuffix drop a {@code .XX} exchange suffix (1–4 letters) after an all-digit code
 */
record FirmIds(int width, boolean stripExchangeSuffix) {
  static final FirmIds AS_WRITTEN = new FirmIds(0, false);

  /** {@code 000333.SZ} → {@code 000333}; anything else (e.g. {@code BRK.B}) is returned as the same object. */
  static String withoutExchangeSuffix(String id) {
    int dot = id.lastIndexOf('.');
    if (dot <= 0 || id.length() - dot - 1 < 1 || id.length() - dot - 1 > 4) return id;
    for (int i = 0; i < dot; i++) if (id.charAt(i) < '0' || id.charAt(i) > '9') return id;
    for (int i = dot + 1; i < id.length(); i++) if (!Character.isLetter(id.charAt(i))) return id;
    return id.substring(0, dot);
  }
}
