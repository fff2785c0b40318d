#ifndef PLANALIGN_CPLATFORM_H
#define PLANALIGN_CPLATFORM_H

/// Swaps two paths in one step (Linux `renameat2` with `RENAME_EXCHANGE`): both must exist.
/// Returns 0, or -1 with errno set (EINVAL where the file system cannot exchange).
int planalign_exchange_paths(const char *first, const char *second);

#endif
