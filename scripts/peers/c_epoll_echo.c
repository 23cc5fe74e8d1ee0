/* The physical limit of the suite: a plain C epoll TCP echo server, one thread, non-blocking
 * sockets, level-triggered. Bytes go back as they arrive; what a write could not take waits for
 * EPOLLOUT in a per-connection buffer. Usage: c_epoll_echo PORT */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#define MAX_FD 65536
#define BUF (64 * 1024)

struct pending { char *data; size_t len; };
static struct pending out[MAX_FD];

static void nonblocking(int fd) { fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK); }

static void drop(int ep, int fd) {
  epoll_ctl(ep, EPOLL_CTL_DEL, fd, NULL);
  close(fd);
  free(out[fd].data);
  out[fd].data = NULL;
  out[fd].len = 0;
}

int main(int argc, char **argv) {
  signal(SIGPIPE, SIG_IGN);
  int port = argc > 1 ? atoi(argv[1]) : 8000;
  int ls = socket(AF_INET, SOCK_STREAM, 0);
  int one = 1;
  setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons(port) };
  inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
  if (bind(ls, (struct sockaddr *)&addr, sizeof addr) || listen(ls, 4096)) return 1;
  nonblocking(ls);
  int ep = epoll_create1(0);
  struct epoll_event ev = { .events = EPOLLIN, .data.fd = ls };
  epoll_ctl(ep, EPOLL_CTL_ADD, ls, &ev);
  static char buf[BUF];
  struct epoll_event events[512];
  for (;;) {
    int n = epoll_wait(ep, events, 512, -1);
    for (int i = 0; i < n; i++) {
      int fd = events[i].data.fd;
      if (fd == ls) {
        for (;;) {
          int c = accept(ls, NULL, NULL);
          if (c < 0) break;
          if (c >= MAX_FD) { close(c); continue; }
          nonblocking(c);
          setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
          struct epoll_event cev = { .events = EPOLLIN, .data.fd = c };
          epoll_ctl(ep, EPOLL_CTL_ADD, c, &cev);
        }
        continue;
      }
      if (events[i].events & EPOLLOUT) {
        ssize_t w = write(fd, out[fd].data, out[fd].len);
        if (w < 0 && errno != EAGAIN) { drop(ep, fd); continue; }
        if (w > 0) {
          memmove(out[fd].data, out[fd].data + w, out[fd].len - w);
          out[fd].len -= w;
        }
        if (out[fd].len == 0) {
          struct epoll_event cev = { .events = EPOLLIN, .data.fd = fd };
          epoll_ctl(ep, EPOLL_CTL_MOD, fd, &cev);
        }
        continue;
      }
      if (out[fd].len > 0) continue; /* wait until what is pending has gone */
      ssize_t r = read(fd, buf, BUF);
      if (r <= 0) {
        if (r < 0 && errno == EAGAIN) continue;
        drop(ep, fd);
        continue;
      }
      ssize_t w = write(fd, buf, r);
      if (w < 0) {
        if (errno != EAGAIN) { drop(ep, fd); continue; }
        w = 0;
      }
      if (w < r) {
        out[fd].data = realloc(out[fd].data, r - w);
        memcpy(out[fd].data, buf + w, r - w);
        out[fd].len = r - w;
        struct epoll_event cev = { .events = EPOLLOUT, .data.fd = fd };
        epoll_ctl(ep, EPOLL_CTL_MOD, fd, &cev);
      }
    }
  }
}
