package dev.revnas.translate.libre;

import java.util.List;

/** One entry of GET /languages, as LibreTranslate lists them. */
record Language(String code, String name, List<String> targets) {}
