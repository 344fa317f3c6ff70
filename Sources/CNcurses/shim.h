// The C side of TeczkaTerminal: ncursesw with wide characters, plus wrappers for the macros and mutable
// globals that Swift cannot import (stdscr, LINES, COLS, KEY_F, A_* attributes, COLORS).
#ifndef TECZKA_CNCURSES_SHIM_H
#define TECZKA_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <curses.h>
#include <term.h>

static inline WINDOW *teczka_stdscr(void) { return stdscr; }
static inline int teczka_lines(void) { return LINES; }
static inline int teczka_cols(void) { return COLS; }
static inline int teczka_colors(void) { return COLORS; }
static inline int teczka_key_f(int n) { return KEY_F(n); }

static inline attr_t teczka_a_normal(void) { return A_NORMAL; }
static inline attr_t teczka_a_bold(void) { return A_BOLD; }
static inline attr_t teczka_a_reverse(void) { return A_REVERSE; }
static inline attr_t teczka_a_underline(void) { return A_UNDERLINE; }
static inline attr_t teczka_a_dim(void) { return A_DIM; }
static inline attr_t teczka_color_pair(int n) { return COLOR_PAIR(n); }

/// Opens the terminal on stdin/stdout without exiting the process on failure (initscr would).
static inline SCREEN *teczka_newterm(void) { return newterm(NULL, stdout, stdin); }

/// True when the terminal can move the cursor: dumb terminals cannot, and drawing there is garbage.
static inline int teczka_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

static inline const char *teczka_codeset(void) { return nl_langinfo(CODESET); }

#endif
