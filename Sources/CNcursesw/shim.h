#ifndef FULCRUM_CNCURSESW_SHIM_H
#define FULCRUM_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Glibc's Swift module hides these two; curses code needs them for display width. */
extern int wcwidth(wchar_t c);
extern int wcswidth(const wchar_t *s, size_t n);

/* Macros and globals that Swift cannot import directly. */
static inline WINDOW *fulcrum_stdscr(void) { return stdscr; }
static inline int fulcrum_colors(void) { return COLORS; }
static inline int fulcrum_color_pairs(void) { return COLOR_PAIRS; }
static inline int fulcrum_lines(void) { return LINES; }
static inline int fulcrum_cols(void) { return COLS; }
static inline attr_t fulcrum_a_normal(void) { return A_NORMAL; }
static inline attr_t fulcrum_a_bold(void) { return A_BOLD; }
static inline attr_t fulcrum_a_reverse(void) { return A_REVERSE; }
static inline attr_t fulcrum_a_underline(void) { return A_UNDERLINE; }
static inline attr_t fulcrum_a_dim(void) { return A_DIM; }
static inline mmask_t fulcrum_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t fulcrum_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t fulcrum_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t fulcrum_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t fulcrum_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t fulcrum_button5_pressed(void) { return BUTTON5_PRESSED; }

#endif
