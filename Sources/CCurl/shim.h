#include <curl/curl.h>

// curl_easy_setopt is variadic, which Swift cannot call: one typed entry per kind of value.
static inline CURLcode scope_curl_set_long(CURL *c, CURLoption o, long v) { return curl_easy_setopt(c, o, v); }
static inline CURLcode scope_curl_set_string(CURL *c, CURLoption o, const char *v) { return curl_easy_setopt(c, o, v); }
static inline CURLcode scope_curl_set_pointer(CURL *c, CURLoption o, void *v) { return curl_easy_setopt(c, o, v); }
static inline CURLcode scope_curl_set_read(CURL *c, size_t (*f)(char *, size_t, size_t, void *)) {
    return curl_easy_setopt(c, CURLOPT_READFUNCTION, f);
}
// Called with each socket libcurl makes (to be shut down when a signal asks the run to stop:
// libcurl calls no callback while it waits for the relay's reply).
static inline CURLcode scope_curl_set_sockopt(CURL *c, int (*f)(void *, curl_socket_t, curlsocktype), void *data) {
    curl_easy_setopt(c, CURLOPT_SOCKOPTDATA, data);
    return curl_easy_setopt(c, CURLOPT_SOCKOPTFUNCTION, f);
}
static inline CURLcode scope_curl_get_long(CURL *c, CURLINFO i, long *v) { return curl_easy_getinfo(c, i, v); }
