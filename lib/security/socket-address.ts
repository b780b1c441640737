import { interceptRequests } from "@/lib/observability/intercept-requests";
import { SOCKET_ADDRESS_HEADER } from "./client-address";

/** Writes each request's TCP peer address into `SOCKET_ADDRESS_HEADER` before Next.js sees it, replacing any copy the client sent. */
export function recordSocketAddresses() {
  interceptRequests("socket-address", (_server, request, _response, handOn) => {
    request.headers[SOCKET_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
    return handOn();
  });
}
