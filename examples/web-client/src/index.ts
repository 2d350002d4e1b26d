// What a web client of estate-api needs, each piece in its own file.
export { ApiError, request, type Api, type FieldProblem } from './api.ts';
export { signIn } from './auth.ts';
export { allClients, clientsPage, type ClientRow } from './clients.ts';
export {
  messagesOverSSE,
  messagesOverWebSocket,
  webSocketClient,
  type AddedMessage,
  type Socket,
  type Subscription,
} from './messages.ts';
export { registerClient, type RegisterOutcome } from './register-client.ts';
