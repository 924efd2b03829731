// libedit (Debian's libedit-dev) for Swift, plus the shim for its variadic calls
// (el_wset, el_wget, history_w), which Swift cannot call. Nothing else lives here.
#ifndef GROK_CEDITLINE_H
#define GROK_CEDITLINE_H

#include <histedit.h>
#include <wchar.h>

typedef wchar_t *(*grok_el_prompt_fn)(EditLine *);
typedef int (*grok_el_getc_fn)(EditLine *, wchar_t *);
typedef unsigned char (*grok_el_key_fn)(EditLine *, int);

/// The prompt, with non-printing sequences (colour) between two `escape` characters.
static inline int grok_el_set_prompt(EditLine *el, grok_el_prompt_fn prompt, wchar_t escape) {
    return el_wset(el, EL_PROMPT_ESC, prompt, escape);
}

static inline int grok_el_set_editor(EditLine *el, const wchar_t *mode) {
    return el_wset(el, EL_EDITOR, mode);
}

/// Replaces libedit's own read of one character.
static inline int grok_el_set_getc(EditLine *el, grok_el_getc_fn getc) {
    return el_wset(el, EL_GETCFN, getc);
}

static inline int grok_el_set_client_data(EditLine *el, void *data) {
    return el_wset(el, EL_CLIENTDATA, data);
}

static inline void *grok_el_client_data(EditLine *el) {
    void *data = NULL;
    return el_wget(el, EL_CLIENTDATA, &data) == 0 ? data : NULL;
}

static inline int grok_el_add_function(EditLine *el, const wchar_t *name, const wchar_t *help, grok_el_key_fn function) {
    return el_wset(el, EL_ADDFN, name, help, function);
}

static inline int grok_el_bind(EditLine *el, const wchar_t *key, const wchar_t *function) {
    return el_wset(el, EL_BIND, key, function, (const wchar_t *)NULL);
}

static inline int grok_el_set_history(EditLine *el, HistoryW *history) {
    return el_wset(el, EL_HIST, history_w, history);
}

static inline int grok_el_set_signal_handling(EditLine *el, int on) {
    return el_wset(el, EL_SIGNAL, on);
}

/// Sets one of the terminal's capabilities (`settc` in editrc); an empty value takes it away.
static inline int grok_el_set_terminal_capability(EditLine *el, const wchar_t *name, const wchar_t *value) {
    return el_wset(el, EL_SETTC, name, value, (const wchar_t *)NULL);
}

/// Forgets what is on the screen and draws the prompt and line again, from where the
/// cursor stands: it must be at the start of the prompt's row.
static inline int grok_el_refresh(EditLine *el) {
    return el_wset(el, EL_REFRESH);
}

static inline int grok_history_set_size(HistoryW *history, int size) {
    HistEventW event;
    return history_w(history, &event, H_SETSIZE, size);
}

static inline int grok_history_enter(HistoryW *history, const wchar_t *line) {
    HistEventW event;
    return history_w(history, &event, H_ENTER, line);
}

static inline int grok_history_clear(HistoryW *history) {
    HistEventW event;
    return history_w(history, &event, H_CLEAR);
}

#endif
