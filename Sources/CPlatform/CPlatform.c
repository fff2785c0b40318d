// What Swift's Glibc module does not declare: renameat2 needs _GNU_SOURCE, and mallopt's
// options are macros of <malloc.h>.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <errno.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include "CPlatform.h"

int planalign_exchange_paths(const char *first, const char *second) {
#ifdef RENAME_EXCHANGE
  return renameat2(AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#else
  errno = EINVAL;
  return -1;
#endif
}

int planalign_tune_allocator(void) {
#ifdef __GLIBC__
  long cores = sysconf(_SC_NPROCESSORS_ONLN);
  if (cores < 1) cores = 1;
  return mallopt(M_ARENA_MAX, (int)cores) && mallopt(M_TRIM_THRESHOLD, 1 << 20);
#else
  return 0;
#endif
}
