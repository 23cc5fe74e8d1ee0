/* The load generator's yardstick: a plain C epoll client doing what `socklab bench` does for the
 * request/response workload. CONNECTIONS connections to 127.0.0.1:PORT each send SIZE bytes and
 * wait for SIZE bytes back (one request in flight per connection), again and again, for SECONDS
 * after a warm-up of 0.5 s. Prints one JSON line with the same fields `socklab bench --json` has
 * (requests, seconds, requestsPerSecond, latencyMs.p50/p99), so the suite reads either, and
 * allRequests: those of the warm-up too, to divide the server's CPU time by; latencyMs.mean; and
 * unanswered: the connections that got no answer in the measured seconds.
 * With LINE, each request is LINE and a newline, and an answer is one line of any length (the
 * text and db workloads); SIZE is then ignored.
 * Usage: c_load PORT CONNECTIONS SIZE SECONDS [LINE] */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MAX_LATENCY_US 1000000 /* latencies above 1 s land in the last bucket */

struct conn { int fd; size_t received; double sent_at; unsigned long answered; };

/* Whether an answer is complete: SIZE bytes, or (with LINE) a newline as the last byte read. */
static int lines;

static double now_us(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}

static double percentile(const unsigned *buckets, unsigned long total, double p) {
  unsigned long want = (unsigned long)(total * p), seen = 0;
  for (int us = 0; us <= MAX_LATENCY_US; us++) {
    seen += buckets[us];
    if (seen > want) return us / 1000.0;
  }
  return MAX_LATENCY_US / 1000.0;
}

int main(int argc, char **argv) {
  if (argc < 5) { fprintf(stderr, "usage: c_load PORT CONNECTIONS SIZE SECONDS\n"); return 2; }
  signal(SIGPIPE, SIG_IGN);
  int port = atoi(argv[1]), count = atoi(argv[2]);
  size_t size = (size_t)atoi(argv[3]);
  double seconds = atof(argv[4]);
  char *request, *buf = malloc(size < 65536 ? 65536 : size);
  if (argc > 5) {
    lines = 1;
    size = strlen(argv[5]) + 1;
    request = malloc(size);
    memcpy(request, argv[5], size - 1);
    request[size - 1] = '\n';
  } else {
    request = malloc(size);
    memset(request, 'a', size);
  }
  unsigned *buckets = calloc(MAX_LATENCY_US + 1, sizeof *buckets);
  struct conn *conns = calloc(count, sizeof *conns);
  struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons(port) };
  inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
  int ep = epoll_create1(0), one = 1;
  for (int i = 0; i < count; i++) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0 || connect(fd, (struct sockaddr *)&addr, sizeof addr)) { perror("connect"); return 1; }
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    conns[i].fd = fd;
    struct epoll_event ev = { .events = EPOLLIN, .data.ptr = &conns[i] };
    epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
  }
  double start = now_us(), measure_from = start + 500000, end = measure_from + seconds * 1e6;
  for (int i = 0; i < count; i++) {
    conns[i].sent_at = now_us();
    if (write(conns[i].fd, request, size) != (ssize_t)size) { perror("write"); return 1; }
  }
  unsigned long requests = 0, all = 0;
  double total_us = 0;
  struct epoll_event events[512];
  for (double now = now_us(); now < end; now = now_us()) {
    int n = epoll_wait(ep, events, 512, 100);
    for (int i = 0; i < n; i++) {
      struct conn *c = events[i].data.ptr;
      ssize_t r = read(c->fd, buf, lines ? 65536 : size - c->received);
      if (r <= 0) {
        if (r < 0 && errno == EAGAIN) continue;
        fprintf(stderr, "the server closed a connection\n");
        return 1;
      }
      c->received += (size_t)r;
      if (lines ? buf[r - 1] != '\n' : c->received < size) continue;
      double at = now_us();
      all++;
      if (at >= measure_from && at < end) {
        long us = (long)(at - c->sent_at);
        buckets[us > MAX_LATENCY_US ? MAX_LATENCY_US : us]++;
        requests++;
        total_us += us;
        c->answered++;
      }
      c->received = 0;
      c->sent_at = at;
      if (write(c->fd, request, size) != (ssize_t)size) { perror("write"); return 1; }
    }
  }
  double measured = (end - measure_from) / 1e6;
  /* A server that serves some connections over and over and leaves others waiting shows a small
   * p99 over the answers it gave: the connections it never answered say so. */
  unsigned long unanswered = 0;
  for (int i = 0; i < count; i++) if (conns[i].answered == 0) unanswered++;
  printf("{\"requests\":%lu,\"allRequests\":%lu,\"seconds\":%.3f,\"requestsPerSecond\":%.1f,"
         "\"latencyMs\":{\"p50\":%.3f,\"p99\":%.3f,\"mean\":%.3f},\"unanswered\":%lu}\n",
         requests, all, measured, requests / measured, percentile(buckets, requests, 0.5),
         percentile(buckets, requests, 0.99), requests ? total_us / requests / 1000 : 0.0,
         unanswered);
  return 0;
}
