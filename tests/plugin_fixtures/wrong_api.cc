// A plugin built against a future API: the host must refuse it before calling anything but the entry.
#include "silkdex/plugin.h"

namespace {
int Explode(const silkdex_document*, const silkdex_sink*, char*, size_t) { __builtin_trap(); }
const silkdex_plugin kPlugin = {sizeof(silkdex_plugin), 99, "future", "9.0.0", "drr", 0, Explode, nullptr};
}  // namespace

extern "C" __attribute__((visibility("default"))) const silkdex_plugin* silkdex_plugin_entry(void) { return &kPlugin; }
