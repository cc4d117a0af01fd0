#ifndef PLACARD_MALLOC_OPTIONS_H
#define PLACARD_MALLOC_OPTIONS_H

/// jemalloc's options for the placard binary, read by jemalloc before its first allocation
/// (an environment's `MALLOC_CONF` still comes after them and wins).
extern const char *malloc_conf;

#endif
