#ifndef FULCRUM_CZLIB_SHIM_H
#define FULCRUM_CZLIB_SHIM_H
#include <zlib.h>

/* inflateInit2 is a macro; expose it as a function Swift can call. */
static inline int fulcrum_inflate_init2(z_stream *stream, int window_bits) {
  return inflateInit2(stream, window_bits);
}
#endif
