#include "malloc_options.h"

// A background thread gives freed pages back to the system a second after they were last
// used, instead of ten seconds later on the next allocation: a build frees the pages' HTML
// while the search index grows, and the peak memory of a 10,000-article build drops by about
// a seventh, for no measurable time (docs/benchmarks.md).
// One arena for every thread: memory one thread frees is reused by the others (the page jobs,
// the search index and the pool threads take turns on two cores), where one arena a thread kept
// each one's freed pages apart. Peak memory at 10,000 articles 955–995 → 921–924 MB, at 1,000
// 259–271 → 216 MB, user time within the noise (docs/benchmarks.md). Without jemalloc nothing reads it.
const char *malloc_conf = "background_thread:true,dirty_decay_ms:1000,narenas:1";
