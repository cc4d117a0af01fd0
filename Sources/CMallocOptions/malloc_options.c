#include "malloc_options.h"

// A background thread gives freed pages back to the system a second after they were last
// used, instead of ten seconds later on the next allocation: a build frees the pages' HTML
// while the search index grows, and the peak memory of a 10,000-article build drops by about
// a seventh, for no measurable time (docs/benchmarks.md). Without jemalloc nothing reads it.
const char *malloc_conf = "background_thread:true,dirty_decay_ms:1000";
