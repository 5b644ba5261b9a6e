// A shared library that is not a silkdex plugin: it exports no entry point.
extern "C" __attribute__((visibility("default"))) int something_else(void) { return 42; }
