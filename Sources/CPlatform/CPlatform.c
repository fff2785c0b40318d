// The one call Swift's Glibc module does not declare: it needs _GNU_SOURCE.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <errno.h>
#include "CPlatform.h"

int planalign_exchange_paths(const char *first, const char *second) {
#ifdef RENAME_EXCHANGE
  return renameat2(AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#else
  errno = EINVAL;
  return -1;
#endif
}
