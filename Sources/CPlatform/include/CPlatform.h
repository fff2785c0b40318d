#ifndef PLANALIGN_CPLATFORM_H
#define PLANALIGN_CPLATFORM_H

/// Swaps two paths in one step (Linux `renameat2` with `RENAME_EXCHANGE`): both must exist.
/// Returns 0, or -1 with errno set (EINVAL where the file system cannot exchange).
int planalign_exchange_paths(const char *first, const char *second);

/// Keeps a long run's heap close to what it holds: at most one malloc arena per core (glibc
/// makes up to eight per core, one per busy thread, and memory freed in one is not reused by
/// another), and free memory at the top of the heap returned to the system above 1 MB. Call
/// once, before the work starts; returns 0 when the allocator is not glibc's or refused.
int planalign_tune_allocator(void);

#endif
