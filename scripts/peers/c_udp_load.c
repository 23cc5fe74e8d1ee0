/* The UDP load generator's yardstick: a plain C client keeping IN_FLIGHT numbered 64-byte
 * datagrams in flight to 127.0.0.1:PORT, sending the next as each answer comes back, for SECONDS
 * after a warm-up of 0.5 s; when nothing comes back for 100 ms the window is filled again (lost
 * datagrams). Prints one JSON line with the fields `socklab bench --json` has.
 * Usage: c_udp_load PORT IN_FLIGHT SECONDS */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>

#define SIZE 64

static double now_us(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}

int main(int argc, char **argv) {
  if (argc < 4) { fprintf(stderr, "usage: c_udp_load PORT IN_FLIGHT SECONDS\n"); return 2; }
  int port = atoi(argv[1]), window = atoi(argv[2]);
  double seconds = atof(argv[3]);
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in to = { .sin_family = AF_INET, .sin_port = htons(port) };
  inet_pton(AF_INET, "127.0.0.1", &to.sin_addr);
  if (connect(s, (struct sockaddr *)&to, sizeof to)) { perror("connect"); return 1; }
  struct timeval wait = { .tv_sec = 0, .tv_usec = 100000 };
  setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
  char out[SIZE] = { 0 }, in[65536];
  unsigned long sequence = 0, answered = 0, lost = 0;
  double measure_from = now_us() + 500000, end = measure_from + seconds * 1e6;
  for (;;) {
    for (int i = 0; i < window; i++) {
      memcpy(out, &sequence, sizeof sequence);
      sequence++;
      send(s, out, SIZE, 0);
    }
    for (;;) {
      ssize_t n = recv(s, in, sizeof in, 0);
      double at = now_us();
      if (at >= end) goto done;
      if (n < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == ECONNREFUSED) { lost++; break; }
        perror("recv");
        return 1;
      }
      if (at >= measure_from) answered++;
      memcpy(out, &sequence, sizeof sequence);
      sequence++;
      send(s, out, SIZE, 0);
    }
  }
done:;
  double measured = (end - measure_from) / 1e6;
  printf("{\"requests\":%lu,\"seconds\":%.3f,\"requestsPerSecond\":%.1f,\"lostWindows\":%lu}\n",
         answered, measured, answered / measured, lost);
  return 0;
}
