/* The physical limit for UDP: a plain C echo server, recvfrom and sendto in a loop.
 * Usage: c_udp_echo PORT */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <sys/socket.h>

int main(int argc, char **argv) {
  int port = argc > 1 ? atoi(argv[1]) : 9999;
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons(port) };
  inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
  if (bind(s, (struct sockaddr *)&addr, sizeof addr)) return 1;
  static char buf[65536];
  for (;;) {
    struct sockaddr_in from;
    socklen_t len = sizeof from;
    ssize_t n = recvfrom(s, buf, sizeof buf, 0, (struct sockaddr *)&from, &len);
    if (n >= 0) sendto(s, buf, n, 0, (struct sockaddr *)&from, len);
  }
}
