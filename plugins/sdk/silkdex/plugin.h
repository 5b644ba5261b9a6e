/* silkdex plugin SDK: the whole contract between silkdex and a thematic plugin.
 *
 * A plugin is a shared library (a CMake MODULE) that exports one C function,
 *
 *     const silkdex_plugin* silkdex_plugin_entry(void);
 *
 * returning a pointer to a static, immutable description of the plugin. The
 * host checks, in this order, and refuses the plugin with its own message at
 * the first failure: the file loads; the entry point exists; `api_version`
 * equals SILKDEX_PLUGIN_API_VERSION ("got N, supported M"); `struct_size` is
 * large enough; the name is new. Only then does it call anything else.
 *
 * Lifetime (Boost.DLL's rule): nothing that comes from the plugin outlives the
 * library. So the ABI is plain C: the plugin never returns memory, objects,
 * callbacks or exceptions to the host. It reads the document through
 * `silkdex_document` (host-owned, valid during the call) and reports what it
 * found by calling the host's `silkdex_sink` functions, which copy what they
 * are given before returning. A C++ plugin must not let an exception leave
 * `extract` or `vocabulary`; `silkdex/plugin_cpp.h` does that for you.
 *
 * Versioning: SILKDEX_PLUGIN_API_VERSION changes when this header changes
 * incompatibly. Structs grow only at the end, and carry their size, so a host
 * can serve plugins built against an older minor layout.
 */
#ifndef SILKDEX_PLUGIN_H_
#define SILKDEX_PLUGIN_H_

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SILKDEX_PLUGIN_API_VERSION 1u
#define SILKDEX_PLUGIN_ENTRY "silkdex_plugin_entry"

/* UTF-8 text, not NUL-terminated; valid for the duration of the call. */
typedef struct silkdex_text {
  const char* data;
  size_t size;
} silkdex_text;

/* The document a plugin looks at. Text fields are the host's, read-only. */
typedef struct silkdex_document {
  size_t struct_size;    /* sizeof(silkdex_document) as the host knows it */
  silkdex_text id;
  silkdex_text language; /* BCP-47 primary tag: "en", "es", "zh", ... */
  silkdex_text title;
  silkdex_text summary;
  silkdex_text body;     /* for a transcript: the cues' text, one cue a line */
} silkdex_document;

/* Where a plugin reports. Every function copies its arguments before it returns;
 * `host` is opaque and must be passed back unchanged. Strings are NUL-terminated UTF-8. */
typedef struct silkdex_sink {
  size_t struct_size;
  void* host;
  /* A theme id (see shared/contract/document.md) with a confidence in [0,1] and
   * the words or phrases of the document that led to it, separated by '\n'. */
  void (*suggest_theme)(void* host, const char* theme, double confidence, const char* evidence);
  /* A domain entity as a facet value: facet "hazard", value "flood". */
  void (*entity)(void* host, const char* facet, const char* value);
  /* A quantity: 1094000, unit "" (a count) or "RMB", "%", what it counts
   * ("masks"), and the text it was read from ("1,094,000 masks"). */
  void (*quantity)(void* host, double value, const char* unit, const char* counts, const char* text);
} silkdex_sink;

/* Where a plugin reports its vocabulary: a preferred term, and one of its
 * synonyms or translations with the language it is in ("en", "es", "zh", ...;
 * "" when it is the same in every language). The preferred term is taken to be
 * English; one in another language is reported once as a variant of itself,
 * with its language. Search counts a variant in the query's language above
 * one in another language, and both below the words typed. */
typedef struct silkdex_vocabulary_sink {
  size_t struct_size;
  void* host;
  void (*term)(void* host, const char* preferred, const char* variant, const char* language);
} silkdex_vocabulary_sink;

enum {
  SILKDEX_CAP_THEMES = 1u << 0,     /* suggests themes */
  SILKDEX_CAP_ENTITIES = 1u << 1,   /* reports entities */
  SILKDEX_CAP_QUANTITIES = 1u << 2, /* reports quantities */
  SILKDEX_CAP_VOCABULARY = 1u << 3  /* has a vocabulary for query expansion */
};

typedef struct silkdex_plugin {
  size_t struct_size;    /* sizeof(silkdex_plugin) as the plugin was built */
  uint32_t api_version;  /* SILKDEX_PLUGIN_API_VERSION it was built against */
  const char* name;      /* unique, [a-z0-9_-]+, e.g. "tourism" */
  const char* version;   /* the plugin's own version, e.g. "1.2.0" */
  const char* theme;     /* the focus area it serves: a theme id */
  uint32_t capabilities; /* SILKDEX_CAP_* */
  /* Looks at one document and reports through `sink`. Returns 0, or non-zero
   * with a NUL-terminated reason in `error` (at most `error_size` bytes). Must
   * be thread-safe: the host may call it from several threads at once. */
  int (*extract)(const silkdex_document* doc, const silkdex_sink* sink, char* error, size_t error_size);
  /* Reports every vocabulary entry (may be NULL without SILKDEX_CAP_VOCABULARY). */
  int (*vocabulary)(const silkdex_vocabulary_sink* sink, char* error, size_t error_size);
} silkdex_plugin;

typedef const silkdex_plugin* (*silkdex_plugin_entry_fn)(void);

#ifdef __cplusplus
}
#endif

#endif /* SILKDEX_PLUGIN_H_ */
