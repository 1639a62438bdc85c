// Generated from specs/hapihub.yaml by scripts/generate-specs.ts. Do not edit: run "npm run gen".
import type { OpenAPIV3_1 } from 'openapi-types'

export const document = {
  "openapi": "3.1.0",
  "info": {
    "title": "HapiHub / Fleming chat messages and rooms (chatmock)",
    "version": "1.0.0-chatmock",
    "summary": "The Chat_Message and Chat_Room services of the HAPI Hub (Fleming) API by Hippocrades, as served by the chatmock mock.",
    "description": "Hand-written contract for the `chat-messages` and `chat-rooms` services of the HAPI Hub /\nFleming healthcare API (apiDoc pages \"Chat_Message\" and \"Chat_Room\", api-docs v5.116.0 and\nv5.45.0, and the Chat guide), used by chatmock to validate traffic and to drive its stateful\nmock.\n\nDecisions made by the mock:\n- **Auth**: `Authorization: Bearer <token>`; a request without it (or with a malformed one)\n  gets 401. Each token maps to an account uid: it is the `createdBy` of the messages and rooms\n  that the token creates, the uid that `seen: true` adds to `seenBy`, and the participant whose\n  rooms the token sees.\n- **Feathers services**: the naming (Find, Get, Patch, Post), the kebab-case service paths and\n  the epoch-millisecond `createdAt` are those of a FeathersJS service layer. Inferred: `find`\n  takes Feathers' query syntax (equality on a field, `<field>[$in]`, `$limit`, `$skip`,\n  `$sort[createdAt]`) on the fields a client filters by, and answers a bare array, as\n  Feathers does with pagination off and as the docs show. The docs list no query parameter.\n- **Strict queries** (`x-chatmock-strict-query`): a query key that an operation does not\n  declare, such as an unknown field, an unknown operator (`room[$nin]`) or `$select`, is\n  refused with 400 naming it and the keys the operation knows, as Feathers refuses unknown\n  operators; it is never silently ignored.\n- **`$in` lists** (`x-chatmock-comma-separated` on a parameter): `<field>[$in]` is an\n  exploded form array, read from repeated keys (`room[$in]=a&room[$in]=b`, or Feathers'\n  `room[$in][]=a&room[$in][]=b`); the mock also splits each value on commas\n  (`room[$in]=a,b`), which OpenAPI's form style does not.\n- **Rooms** are visible only to their participants, as the Chat guide says: `find` lists the\n  caller's rooms only, and `get` on a room the caller does not take part in answers 404, as\n  for a room that does not exist. Messages are not restricted that way (see Post a chat\n  message).\n- **Create** of a message needs `room`; `createdAt` defaults to the current time in epoch\n  milliseconds. It answers 200, as documented (not 201).\n- **Patch** takes the `seen` directive only: `seen: true` adds the caller's uid to `seenBy`\n  once, however often it is sent, and sets the room's `participantsLastMessageSeen[<uid>]`\n  to the message; `seen: false` changes nothing (inferred).\n- **Unset fields are left out** of a message or a room, as in the docs' examples, which show\n  only `id`, `createdAt` and `createdBy` (messages) and `id` and `createdAt` (rooms).\n- **Errors**: the docs list no error responses, so errors are RFC 9457\n  `application/problem+json`, listing every violation. All error statuses here are inferred.\n- **Request bodies** reject unknown properties (`additionalProperties: false`) so that client\n  typos are caught.\n- **Fixtures** contain the documented messages `id-1` and `id-2` and the room `room-id`.\n- **Named example sets** are written for the docs' own token, `<your-api-token>` (account\n  `some-uid`): what a room example answers depends on who asks. An example-driven tool must\n  send that token (Specmatic: the environment variable `bearerAuth='<your-api-token>'`).\n",
    "contact": {
      "name": "HAPI Hub (Fleming) API documentation",
      "url": "https://docs.hapihub.com/api/Chat_Message.html"
    },
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    }
  },
  "externalDocs": {
    "description": "Fleming API docs, Chat_Message (api-docs v5.116.0)",
    "url": "https://docs.fleming.hippocrades.org/api/Chat_Message.html"
  },
  "x-chatmock-actions": {
    "participantMessage": {
      "summary": "Another participant of a room posts a message (the other side of the conversation), exactly as if that participant's token had posted it with Post a chat message (`createChatMessage`): `createdBy` is the participant's uid, `createdAt` now, the id the next one (`id-11`, …), fields not given are left out (as over HTTP, only the room is required), and `find` lists it. Resolves to the stored message. Refused (ACTION_INVALID) when the room does not exist or the account does not take part in it.",
      "input": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "room",
          "uid"
        ],
        "properties": {
          "room": {
            "$ref": "#/components/schemas/RoomId",
            "description": "The room to post in."
          },
          "uid": {
            "$ref": "#/components/schemas/AccountUid",
            "description": "The author, a participant of the room (`createdBy` of the message)."
          },
          "text": {
            "$ref": "#/components/schemas/CreateChatMessageRequest/properties/text"
          },
          "media": {
            "$ref": "#/components/schemas/CreateChatMessageRequest/properties/media"
          },
          "session": {
            "$ref": "#/components/schemas/CreateChatMessageRequest/properties/session"
          }
        }
      }
    },
    "markSeen": {
      "summary": "Another participant of a room has seen a message of it, exactly as if that participant's token had sent `seen: true` with Update a chat message (`patchChatMessage`): the uid joins the message's `seenBy` once, and the room's `participantsLastMessageSeen[<uid>]` becomes the message's id. Resolves to the message. Refused (ACTION_INVALID) when the message does not exist or is in no room, or the account does not take part in its room.",
      "input": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "uid"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/MessageId",
            "description": "The message seen."
          },
          "uid": {
            "$ref": "#/components/schemas/AccountUid",
            "description": "Who has seen it, a participant of the message's room."
          }
        }
      }
    }
  },
  "servers": [
    {
      "url": "https://yourdomain.com",
      "description": "The docs' own placeholder host (every example uses `https://yourdomain.com`); replace it with the host of your HAPI Hub / Fleming deployment."
    }
  ],
  "security": [
    {
      "bearerAuth": []
    }
  ],
  "x-chatmock-strict-query": true,
  "tags": [
    {
      "name": "Chat Messages",
      "description": "Messages posted in chat rooms (the `chat-messages` service)."
    },
    {
      "name": "Chat Rooms",
      "description": "Rooms and their participants (the `chat-rooms` service). A room is visible only to its participants.",
      "externalDocs": {
        "description": "Fleming guide, Chat",
        "url": "https://docs.fleming.hippocrades.org/guides/Chat.html"
      }
    }
  ],
  "paths": {
    "/chat-messages": {
      "get": {
        "operationId": "findChatMessages",
        "summary": "Find chat messages",
        "description": "Returns the chat messages that match the query, as a bare JSON array (not wrapped in an object). Inferred: the query takes Feathers' syntax on `room` and `createdBy` (equality, or `[$in]` for any of several values), `$sort[createdAt]`, `$skip` and `$limit`; the docs describe no query parameter. `GET /chat-messages?room=room-id` returns only that room's messages.",
        "tags": [
          "Chat Messages"
        ],
        "x-mock": "Filters combine (all must hold). Without `$sort`, messages come oldest first (by `createdAt`, then in the order they were stored); `$sort[createdAt]=-1` reverses that. `$skip` then `$limit` cut the sorted result; without `$limit` every matching message is returned (Feathers with pagination off), and `$limit=0` returns an empty array. Messages are not restricted to the caller's rooms: any authenticated account finds every message. A key the operation does not declare gets 400 naming it.",
        "parameters": [
          {
            "name": "room",
            "in": "query",
            "description": "Only the messages of this room.",
            "schema": {
              "$ref": "#/components/schemas/RoomId"
            },
            "examples": {
              "by-room": {
                "summary": "The docs' room",
                "value": "room-id"
              }
            }
          },
          {
            "name": "room[$in]",
            "in": "query",
            "description": "Only the messages of any of these rooms (`room[$in][]=a&room[$in][]=b`, or `room[$in]=a,b`). Inferred: Feathers' `$in` operator.",
            "style": "form",
            "explode": true,
            "x-chatmock-comma-separated": true,
            "schema": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/RoomId"
              }
            }
          },
          {
            "name": "createdBy",
            "in": "query",
            "description": "Only the messages of this author (an account uid).",
            "schema": {
              "$ref": "#/components/schemas/AccountUid"
            }
          },
          {
            "name": "createdBy[$in]",
            "in": "query",
            "description": "Only the messages of any of these authors. Inferred: Feathers' `$in` operator.",
            "style": "form",
            "explode": true,
            "x-chatmock-comma-separated": true,
            "schema": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/AccountUid"
              }
            }
          },
          {
            "name": "$sort[createdAt]",
            "in": "query",
            "description": "1: oldest first (the default); -1: newest first. Inferred: Feathers' `$sort`.",
            "schema": {
              "$ref": "#/components/schemas/SortOrder"
            },
            "examples": {
              "by-room": {
                "value": -1
              }
            }
          },
          {
            "$ref": "#/components/parameters/Skip"
          },
          {
            "name": "$limit",
            "in": "query",
            "description": "At most this many messages. Inferred: Feathers' `$limit`; every matching message when absent.",
            "schema": {
              "$ref": "#/components/schemas/QueryLimit"
            },
            "examples": {
              "by-room": {
                "value": 2
              }
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK. The matching chat messages, as a bare array.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/ChatMessage"
                  }
                },
                "examples": {
                  "docs-example": {
                    "summary": "The docs' response example (the first two messages)",
                    "value": [
                      {
                        "id": "id-1",
                        "createdAt": 1564661697125,
                        "createdBy": "some-uid"
                      },
                      {
                        "id": "id-2",
                        "createdAt": 1564661697125,
                        "createdBy": "some-uid"
                      }
                    ]
                  },
                  "by-room": {
                    "summary": "The two newest messages of room-id",
                    "value": [
                      {
                        "id": "id-10",
                        "createdAt": 1709284200000,
                        "createdBy": "uid-ada",
                        "room": "room-id",
                        "text": "Tredecim comitatus careo sto."
                      },
                      {
                        "id": "id-8",
                        "createdAt": 1709284080000,
                        "createdBy": "uid-grace",
                        "room": "room-id",
                        "text": "Decumbo laboriosam demonstro decerno corrumpo damnatio deludo."
                      }
                    ]
                  }
                }
              }
            }
          },
          "400": {
            "description": "Inferred: the query is invalid: a key the operation does not declare (an unknown field or operator), or a value its schema refuses. Every violation is listed in `issues`.",
            "x-mock": "not example-reachable",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "unknown-operator": {
                    "summary": "An operator the operation does not take",
                    "x-chatmock-request": {
                      "method": "GET",
                      "path": "/chat-messages?room[$nin][]=room-id"
                    },
                    "value": {
                      "type": "about:blank",
                      "title": "Bad Request",
                      "status": 400,
                      "detail": "query parameter \"room[$nin][]\" is not allowed (known: room, room[$in], createdBy, createdBy[$in], $sort[createdAt], $skip, $limit)",
                      "issues": [
                        {
                          "location": "query",
                          "pointer": "/room[$nin][]",
                          "keyword": "additionalProperties",
                          "message": "query parameter \"room[$nin][]\" is not allowed (known: room, room[$in], createdBy, createdBy[$in], $sort[createdAt], $skip, $limit)"
                        }
                      ]
                    }
                  },
                  "bad-sort": {
                    "summary": "A sort order other than 1 or -1",
                    "x-chatmock-request": {
                      "method": "GET",
                      "path": "/chat-messages?$sort[createdAt]=2"
                    },
                    "value": {
                      "type": "about:blank",
                      "title": "Bad Request",
                      "status": 400,
                      "detail": "query parameter \"$sort[createdAt]\" must be one of 1, -1 (got 2)",
                      "issues": [
                        {
                          "location": "query",
                          "pointer": "/$sort[createdAt]",
                          "keyword": "enum",
                          "message": "query parameter \"$sort[createdAt]\" must be one of 1, -1 (got 2)"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      },
      "post": {
        "operationId": "createChatMessage",
        "summary": "Post a chat message",
        "description": "Posts a message in a room. The caller's account uid becomes `createdBy`; `createdAt` is the current time in epoch milliseconds unless the body sets it. Answers 200 with the stored message, as the docs say (not 201).",
        "tags": [
          "Chat Messages"
        ],
        "x-mock": "Inferred: `room` must name a known room (400 otherwise). The Chat guide says only a room's participants may post in it; the mock does not enforce that, so that any authenticated account may post in any known room (and any token keeps working without fixtures of its own). The new message gets a generated `id` in the docs' style (`id-11`, …); fields that are not given are left out of it, and `seenBy` starts unset.",
        "requestBody": {
          "required": true,
          "description": "The message to post. Only `room` is required.",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateChatMessageRequest"
              },
              "examples": {
                "docs-example": {
                  "summary": "The docs' request example",
                  "value": {
                    "room": "room-id",
                    "text": "hey"
                  }
                },
                "unknown-room": {
                  "summary": "A room that does not exist",
                  "value": {
                    "room": "no-such-room",
                    "text": "hey"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "OK. The created chat message.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChatMessage"
                },
                "examples": {
                  "docs-example": {
                    "summary": "The docs' response example, and what the mock adds to it (the room and the text)",
                    "value": {
                      "id": "id-11",
                      "createdAt": 1564661697125,
                      "createdBy": "some-uid",
                      "room": "room-id",
                      "text": "hey"
                    }
                  }
                }
              }
            },
            "links": {
              "GetChatMessage": {
                "operationId": "getChatMessage",
                "parameters": {
                  "id": "$response.body#/id"
                },
                "description": "Read the created message back."
              },
              "PatchChatMessage": {
                "operationId": "patchChatMessage",
                "parameters": {
                  "id": "$response.body#/id"
                },
                "description": "Mark the created message as seen."
              }
            }
          },
          "400": {
            "description": "Inferred: the body is invalid or malformed JSON, or `room` names no known room. Every violation is listed in `issues`.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "unknown-room": {
                    "summary": "A room that does not exist",
                    "value": {
                      "type": "about:blank",
                      "title": "Bad Request",
                      "status": 400,
                      "detail": "body field \"room\" must name an existing room (got \"no-such-room\")",
                      "issues": [
                        {
                          "location": "body",
                          "pointer": "/room",
                          "keyword": "exists",
                          "message": "body field \"room\" must name an existing room (got \"no-such-room\")"
                        }
                      ]
                    }
                  },
                  "missing-room": {
                    "summary": "Create without `room`, with a misspelt field",
                    "x-mock": "not example-reachable",
                    "x-chatmock-request": {
                      "method": "POST",
                      "path": "/chat-messages",
                      "body": {
                        "txt": "hi"
                      }
                    },
                    "value": {
                      "type": "about:blank",
                      "title": "Bad Request",
                      "status": 400,
                      "detail": "body field \"room\" is required; body field \"txt\" is not allowed",
                      "issues": [
                        {
                          "location": "body",
                          "pointer": "/room",
                          "keyword": "required",
                          "message": "body field \"room\" is required"
                        },
                        {
                          "location": "body",
                          "pointer": "/txt",
                          "keyword": "additionalProperties",
                          "message": "body field \"txt\" is not allowed"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "507": {
            "$ref": "#/components/responses/InsufficientStorage"
          }
        }
      }
    },
    "/chat-messages/{id}": {
      "get": {
        "operationId": "getChatMessage",
        "summary": "Get a chat message",
        "description": "Returns one chat message by its id.",
        "tags": [
          "Chat Messages"
        ],
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "description": "Chat message ID.",
            "schema": {
              "$ref": "#/components/schemas/MessageId"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' message",
                "value": "id-1"
              },
              "not-found": {
                "summary": "No such message",
                "value": "id-404"
              }
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK. The chat message.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChatMessage"
                },
                "examples": {
                  "docs-example": {
                    "summary": "The docs' response example",
                    "value": {
                      "id": "id-1",
                      "createdAt": 1564661697125,
                      "createdBy": "some-uid"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/MessageNotFound"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      },
      "patch": {
        "operationId": "patchChatMessage",
        "summary": "Update a chat message",
        "description": "Applies the optional `seen` directive and returns the message. The directive is not stored as a field of the message. Inferred: `seen: true` adds the caller's account uid to `seenBy`, once however often it is sent, and, when the caller takes part in the message's room, sets that room's `participantsLastMessageSeen[<uid>]` to the message's id; `seen: false` (or an empty body) changes nothing.",
        "tags": [
          "Chat Messages"
        ],
        "x-mock": "The effect of `seen` is not documented; the mock treats `seen: true` as a set-add of the caller's uid to `seenBy` and `seen: false` as a no-op (it does not remove the uid). The room's `participantsLastMessageSeen[<uid>]` becomes the id of the message marked last, whichever message that is; a message without a room, or a caller who is not a participant of the room, leaves the room unchanged. No other field of a message can be changed.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "description": "Chat message ID.",
            "schema": {
              "$ref": "#/components/schemas/MessageId"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' second message",
                "value": "id-2"
              },
              "seen": {
                "summary": "A message of room-clinic",
                "value": "id-5"
              },
              "not-found": {
                "summary": "No such message",
                "value": "id-404"
              }
            }
          }
        ],
        "requestBody": {
          "required": true,
          "description": "The directives to apply.",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PatchChatMessageRequest"
              },
              "examples": {
                "docs-example": {
                  "summary": "The docs' request example",
                  "value": {
                    "seen": true
                  }
                },
                "seen": {
                  "summary": "Mark a message of a room as seen",
                  "value": {
                    "seen": true
                  }
                },
                "not-found": {
                  "summary": "Mark a message that does not exist",
                  "value": {
                    "seen": true
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "OK. The chat message after the directive.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChatMessage"
                },
                "examples": {
                  "docs-example": {
                    "summary": "The docs' message, seen by the docs' account",
                    "value": {
                      "id": "id-2",
                      "createdAt": 1564661697125,
                      "createdBy": "some-uid",
                      "seenBy": [
                        "some-uid"
                      ]
                    }
                  },
                  "seen": {
                    "summary": "A message of room-clinic, seen by the docs' account (room-clinic records it as that account's last seen message)",
                    "value": {
                      "id": "id-5",
                      "createdAt": 1709283900000,
                      "createdBy": "uid-grace",
                      "room": "room-clinic",
                      "text": "Attonbitus aegre animadverto velut vado torqueo vomito una.",
                      "seenBy": [
                        "some-uid"
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadBody"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/MessageNotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/chat-rooms": {
      "get": {
        "operationId": "findChatRooms",
        "summary": "Find chat rooms",
        "description": "Returns the rooms the caller takes part in that match the query, as a bare JSON array. Inferred: the query takes Feathers' syntax on `createdBy` (equality or `[$in]`) and `participants` (rooms whose participants include an account, or `[$in]`: any of several), `$sort[createdAt]`, `$skip` and `$limit`; the docs describe no query parameter.",
        "tags": [
          "Chat Rooms"
        ],
        "x-mock": "Only the caller's rooms are ever listed, as the Chat guide says; the filters narrow them further and combine (all must hold). Without `$sort`, rooms come oldest first (by `createdAt`, then in the order they were stored); `$sort[createdAt]=-1` reverses that. `$skip` then `$limit` cut the sorted result; without `$limit` every matching room is returned, and `$limit=0` returns an empty array. A key the operation does not declare gets 400 naming it.",
        "parameters": [
          {
            "name": "createdBy",
            "in": "query",
            "description": "Only the rooms this account created.",
            "schema": {
              "$ref": "#/components/schemas/AccountUid"
            }
          },
          {
            "name": "createdBy[$in]",
            "in": "query",
            "description": "Only the rooms any of these accounts created. Inferred: Feathers' `$in` operator.",
            "style": "form",
            "explode": true,
            "x-chatmock-comma-separated": true,
            "schema": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/AccountUid"
              }
            }
          },
          {
            "name": "participants",
            "in": "query",
            "description": "Only the rooms this account takes part in (the room's `participants` contain it, as Feathers matches an array field).",
            "schema": {
              "$ref": "#/components/schemas/AccountUid"
            },
            "examples": {
              "with-participant": {
                "value": "uid-ada"
              }
            }
          },
          {
            "name": "participants[$in]",
            "in": "query",
            "description": "Only the rooms any of these accounts takes part in. Inferred: Feathers' `$in` operator.",
            "style": "form",
            "explode": true,
            "x-chatmock-comma-separated": true,
            "schema": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/AccountUid"
              }
            }
          },
          {
            "name": "$sort[createdAt]",
            "in": "query",
            "description": "1: oldest first (the default); -1: newest first. Inferred: Feathers' `$sort`.",
            "schema": {
              "$ref": "#/components/schemas/SortOrder"
            },
            "examples": {
              "newest-first": {
                "value": -1
              }
            }
          },
          {
            "$ref": "#/components/parameters/Skip"
          },
          {
            "name": "$limit",
            "in": "query",
            "description": "At most this many rooms. Inferred: Feathers' `$limit`; every matching room when absent.",
            "schema": {
              "$ref": "#/components/schemas/QueryLimit"
            },
            "examples": {
              "newest-first": {
                "value": 1
              }
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK. The caller's matching rooms, as a bare array.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/ChatRoom"
                  }
                },
                "examples": {
                  "docs-example": {
                    "summary": "The rooms of the docs' account (the docs' Find example shows `[{id, createdAt}]`)",
                    "value": [
                      {
                        "id": "room-id",
                        "createdAt": 1564661697125,
                        "createdBy": "some-uid",
                        "participants": [
                          "some-uid",
                          "uid-ada",
                          "uid-grace"
                        ],
                        "participantsLastMessageSeen": {
                          "uid-ada": "id-6"
                        }
                      },
                      {
                        "id": "room-clinic",
                        "createdAt": 1709283600000,
                        "createdBy": "uid-ada",
                        "title": "Clinic",
                        "description": "Front desk and doctors on duty",
                        "picURL": "https://example.org/rooms/clinic.png",
                        "participants": [
                          "uid-ada",
                          "uid-grace",
                          "some-uid",
                          "uid-nurse"
                        ],
                        "participantsLastMessageSeen": {
                          "uid-ada": "id-9"
                        }
                      },
                      {
                        "id": "room-pharmacy",
                        "createdAt": 1709456400000,
                        "createdBy": "some-uid",
                        "title": "Pharmacy",
                        "participants": [
                          "some-uid",
                          "uid-grace"
                        ],
                        "participantsLastMessageSeen": {}
                      },
                      {
                        "id": "room-lab",
                        "createdAt": 1709542800000,
                        "createdBy": "uid-grace",
                        "title": "Lab results",
                        "participants": [
                          "uid-grace",
                          "some-uid",
                          "uid-nurse"
                        ],
                        "participantsLastMessageSeen": {}
                      }
                    ]
                  },
                  "newest-first": {
                    "summary": "The newest room of the docs' account",
                    "value": [
                      {
                        "id": "room-lab",
                        "createdAt": 1709542800000,
                        "createdBy": "uid-grace",
                        "title": "Lab results",
                        "participants": [
                          "uid-grace",
                          "some-uid",
                          "uid-nurse"
                        ],
                        "participantsLastMessageSeen": {}
                      }
                    ]
                  },
                  "with-participant": {
                    "summary": "The rooms of the docs' account that uid-ada takes part in",
                    "value": [
                      {
                        "id": "room-id",
                        "createdAt": 1564661697125,
                        "createdBy": "some-uid",
                        "participants": [
                          "some-uid",
                          "uid-ada",
                          "uid-grace"
                        ],
                        "participantsLastMessageSeen": {
                          "uid-ada": "id-6"
                        }
                      },
                      {
                        "id": "room-clinic",
                        "createdAt": 1709283600000,
                        "createdBy": "uid-ada",
                        "title": "Clinic",
                        "description": "Front desk and doctors on duty",
                        "picURL": "https://example.org/rooms/clinic.png",
                        "participants": [
                          "uid-ada",
                          "uid-grace",
                          "some-uid",
                          "uid-nurse"
                        ],
                        "participantsLastMessageSeen": {
                          "uid-ada": "id-9"
                        }
                      }
                    ]
                  }
                }
              }
            }
          },
          "400": {
            "description": "Inferred: the query is invalid: a key the operation does not declare (an unknown field or operator), or a value its schema refuses. Every violation is listed in `issues`.",
            "x-mock": "not example-reachable",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "unknown-field": {
                    "summary": "A field the operation does not filter by",
                    "x-chatmock-request": {
                      "method": "GET",
                      "path": "/chat-rooms?title=x"
                    },
                    "value": {
                      "type": "about:blank",
                      "title": "Bad Request",
                      "status": 400,
                      "detail": "query parameter \"title\" is not allowed (known: createdBy, createdBy[$in], participants, participants[$in], $sort[createdAt], $skip, $limit)",
                      "issues": [
                        {
                          "location": "query",
                          "pointer": "/title",
                          "keyword": "additionalProperties",
                          "message": "query parameter \"title\" is not allowed (known: createdBy, createdBy[$in], participants, participants[$in], $sort[createdAt], $skip, $limit)"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      },
      "post": {
        "operationId": "createChatRoom",
        "summary": "Create a chat room",
        "description": "Inferred: the docs have no section for this operation; the Chat guide says rooms are made with the chat-rooms create method. Creating a room needs at least one participant besides the caller, and the caller is added to the participants when missing. When a room with exactly the same participants (compared as a set) exists, it is returned instead of a new one, with the same status and body as a creation.",
        "tags": [
          "Chat Rooms"
        ],
        "x-mock": "Own choices of the mock: the answer is 200, as the chat-messages create is documented (a repeated create answers 200 as well, with the existing room as it now is; the title, description and picture of the repeated request are ignored). The new room's `createdBy` is the caller, `createdAt` the current time in epoch milliseconds, `participants` the given ones in their order followed by the caller when missing, and `participantsLastMessageSeen` empty; `title`, `description` and `picURL` are kept when given and left out otherwise. New ids follow the docs' style: `room-1`, `room-2`, … A participant list that names no account besides the caller gets 400.",
        "requestBody": {
          "required": true,
          "description": "The room to create.",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateChatRoomRequest"
              },
              "examples": {
                "created": {
                  "summary": "A room with uid-nurse",
                  "value": {
                    "participants": [
                      "uid-nurse"
                    ],
                    "title": "Night desk"
                  }
                },
                "existing": {
                  "summary": "The participants of room-id, the caller left out",
                  "value": {
                    "participants": [
                      "uid-ada",
                      "uid-grace"
                    ]
                  }
                },
                "no-other-participant": {
                  "summary": "Only the caller",
                  "value": {
                    "participants": [
                      "some-uid"
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "OK. The created room, or the existing room with the same participants.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChatRoom"
                },
                "examples": {
                  "created": {
                    "summary": "The new room",
                    "value": {
                      "id": "room-1",
                      "createdAt": 1710028800000,
                      "createdBy": "some-uid",
                      "title": "Night desk",
                      "participants": [
                        "uid-nurse",
                        "some-uid"
                      ],
                      "participantsLastMessageSeen": {}
                    }
                  },
                  "existing": {
                    "summary": "The existing room with those participants",
                    "value": {
                      "id": "room-id",
                      "createdAt": 1564661697125,
                      "createdBy": "some-uid",
                      "participants": [
                        "some-uid",
                        "uid-ada",
                        "uid-grace"
                      ],
                      "participantsLastMessageSeen": {
                        "uid-ada": "id-6"
                      }
                    }
                  }
                }
              }
            },
            "links": {
              "GetChatRoom": {
                "operationId": "getChatRoom",
                "parameters": {
                  "id": "$response.body#/id"
                },
                "description": "Read the room back."
              },
              "FindChatMessages": {
                "operationId": "findChatMessages",
                "parameters": {
                  "room": "$response.body#/id"
                },
                "description": "Find the room's messages."
              }
            }
          },
          "400": {
            "description": "Inferred: the body is invalid or malformed JSON, or names no participant besides the caller. Every violation is listed in `issues`.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "no-other-participant": {
                    "summary": "No participant besides the caller",
                    "value": {
                      "type": "about:blank",
                      "title": "Bad Request",
                      "status": 400,
                      "detail": "body field \"participants\" must name a participant besides the caller (\"some-uid\")",
                      "issues": [
                        {
                          "location": "body",
                          "pointer": "/participants",
                          "keyword": "contains",
                          "message": "body field \"participants\" must name a participant besides the caller (\"some-uid\")"
                        }
                      ]
                    }
                  },
                  "missing-participants": {
                    "summary": "A body without `participants`",
                    "x-mock": "not example-reachable",
                    "x-chatmock-request": {
                      "method": "POST",
                      "path": "/chat-rooms",
                      "body": {}
                    },
                    "value": {
                      "type": "about:blank",
                      "title": "Bad Request",
                      "status": 400,
                      "detail": "body field \"participants\" is required",
                      "issues": [
                        {
                          "location": "body",
                          "pointer": "/participants",
                          "keyword": "required",
                          "message": "body field \"participants\" is required"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "507": {
            "$ref": "#/components/responses/InsufficientStorage"
          }
        }
      }
    },
    "/chat-rooms/{id}": {
      "get": {
        "operationId": "getChatRoom",
        "summary": "Get a chat room",
        "description": "Returns one room the caller takes part in. A room the caller does not take part in cannot be seen: it answers 404, as a room that does not exist does.",
        "tags": [
          "Chat Rooms"
        ],
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "description": "Chat room ID.",
            "schema": {
              "$ref": "#/components/schemas/RoomId"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' room",
                "value": "room-id"
              },
              "not-found": {
                "summary": "No such room",
                "value": "room-404"
              },
              "not-a-participant": {
                "summary": "A room the docs' account does not take part in",
                "value": "room-private"
              }
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK. The chat room.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChatRoom"
                },
                "examples": {
                  "docs-example": {
                    "summary": "The docs' room",
                    "value": {
                      "id": "room-id",
                      "createdAt": 1564661697125,
                      "createdBy": "some-uid",
                      "participants": [
                        "some-uid",
                        "uid-ada",
                        "uid-grace"
                      ],
                      "participantsLastMessageSeen": {
                        "uid-ada": "id-6"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "description": "Inferred: there is no room with this id, or the caller does not take part in it.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "not-found": {
                    "summary": "Unknown room",
                    "value": {
                      "type": "about:blank",
                      "title": "Not Found",
                      "status": 404,
                      "detail": "chat room \"room-404\" does not exist, or account \"some-uid\" does not take part in it"
                    }
                  },
                  "not-a-participant": {
                    "summary": "A room the caller does not take part in",
                    "value": {
                      "type": "about:blank",
                      "title": "Not Found",
                      "status": 404,
                      "detail": "chat room \"room-private\" does not exist, or account \"some-uid\" does not take part in it"
                    }
                  }
                }
              }
            }
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "`Authorization: Bearer <your-api-token>`. A token maps to an account uid, which is the `createdBy` of the messages and rooms it creates."
      }
    },
    "parameters": {
      "Skip": {
        "name": "$skip",
        "in": "query",
        "description": "Leaves out this many of the first matches. Inferred: Feathers' `$skip`.",
        "schema": {
          "type": "integer",
          "minimum": 0,
          "maximum": 9007199254740991,
          "default": 0
        }
      }
    },
    "schemas": {
      "MessageId": {
        "type": "string",
        "minLength": 1,
        "description": "Chat message ID (`id-1` in the docs' examples)."
      },
      "RoomId": {
        "type": "string",
        "minLength": 1,
        "description": "Chat room ID (`room-id` in the docs' examples)."
      },
      "AccountUid": {
        "type": "string",
        "minLength": 1,
        "description": "An account uid (`some-uid` in the docs' examples)."
      },
      "SortOrder": {
        "type": "integer",
        "enum": [
          1,
          -1
        ],
        "description": "1 for ascending, -1 for descending."
      },
      "QueryLimit": {
        "type": "integer",
        "minimum": 0,
        "maximum": 9007199254740991,
        "description": "The most items to return. Inferred: without pagination, Feathers returns every match when it is absent and none for 0."
      },
      "ChatMessage": {
        "type": "object",
        "additionalProperties": false,
        "description": "A chat message. Fields that are unset are left out (the docs' examples show only `id`, `createdAt` and `createdBy`).",
        "required": [
          "id",
          "createdAt",
          "createdBy"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Chat message ID."
          },
          "createdAt": {
            "type": "number",
            "minimum": 0,
            "description": "When the message was created, in epoch milliseconds (e.g. 1564661697125)."
          },
          "createdBy": {
            "type": "string",
            "description": "Account uid of the author."
          },
          "room": {
            "type": "string",
            "description": "ID of the chat room the message was posted in."
          },
          "session": {
            "type": "string",
            "description": "Session reference (not explained in the docs)."
          },
          "text": {
            "type": "string",
            "description": "Text of the message."
          },
          "media": {
            "type": "string",
            "description": "Attached media."
          },
          "seenBy": {
            "type": "array",
            "description": "Account uids of those who have seen the message (each at most once).",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "ChatRoom": {
        "type": "object",
        "additionalProperties": false,
        "description": "A chat room: a publishing reference for its participants. Fields that are unset are left out (the docs' Find example shows only `id` and `createdAt`); rooms the mock creates always have `createdBy`, `participants` and `participantsLastMessageSeen`.",
        "required": [
          "id",
          "createdAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Chat room ID."
          },
          "createdAt": {
            "type": "number",
            "minimum": 0,
            "description": "When the room was created, in epoch milliseconds."
          },
          "createdBy": {
            "type": "string",
            "description": "Account uid of the creator."
          },
          "title": {
            "type": "string",
            "description": "Title of the room."
          },
          "description": {
            "type": "string",
            "description": "Description of the room."
          },
          "picURL": {
            "type": "string",
            "description": "URL of the room's picture."
          },
          "participants": {
            "type": "array",
            "description": "Account uids of the participants (each at most once); the creator is one of them.",
            "items": {
              "type": "string"
            }
          },
          "participantsLastMessageSeen": {
            "type": "object",
            "description": "Map of participant (account uid) to the id of the last message they have seen.",
            "additionalProperties": {
              "type": "string"
            }
          }
        }
      },
      "CreateChatMessageRequest": {
        "type": "object",
        "description": "A message to post. Unknown properties are rejected (`additionalProperties: false`, a mock decision so that client typos are caught).",
        "additionalProperties": false,
        "required": [
          "room"
        ],
        "properties": {
          "room": {
            "type": "string",
            "minLength": 1,
            "description": "ID of the chat room to post in (documented without an \"optional\" marker, so required)."
          },
          "session": {
            "type": "string",
            "description": "Session reference (optional; not explained in the docs)."
          },
          "text": {
            "type": "string",
            "description": "Text of the message (optional)."
          },
          "media": {
            "type": "string",
            "description": "Attached media (optional)."
          },
          "createdAt": {
            "type": "number",
            "minimum": 0,
            "description": "Creation time in epoch milliseconds (optional; defaults to the current time)."
          }
        }
      },
      "PatchChatMessageRequest": {
        "type": "object",
        "description": "Directives for a chat message. Unknown properties are rejected (`additionalProperties: false`, a mock decision so that client typos are caught).",
        "additionalProperties": false,
        "properties": {
          "seen": {
            "type": "boolean",
            "description": "Optional directive. Inferred: true adds the caller's account uid to `seenBy` (once) and records the message as the caller's last seen one in its room; false changes nothing."
          }
        }
      },
      "CreateChatRoomRequest": {
        "type": "object",
        "description": "Inferred: a room to create (no docs section; fields from the ChatRoom model). Unknown properties are rejected (`additionalProperties: false`, a mock decision so that client typos are caught).",
        "additionalProperties": false,
        "required": [
          "participants"
        ],
        "properties": {
          "participants": {
            "type": "array",
            "description": "Account uids of the participants. The caller is added when missing; at least one must be another account than the caller (400 otherwise); no uid may repeat.",
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "$ref": "#/components/schemas/AccountUid"
            }
          },
          "title": {
            "type": "string",
            "description": "Title of the room (optional)."
          },
          "description": {
            "type": "string",
            "description": "Description of the room (optional)."
          },
          "picURL": {
            "type": "string",
            "description": "URL of the room's picture (optional)."
          }
        }
      },
      "Problem": {
        "type": "object",
        "additionalProperties": false,
        "description": "RFC 9457 problem details. Inferred: the docs list no error body, so the mock uses this shape.",
        "required": [
          "type",
          "title",
          "status"
        ],
        "properties": {
          "type": {
            "type": "string",
            "format": "uri-reference",
            "description": "A URI reference that identifies the problem type."
          },
          "title": {
            "type": "string",
            "description": "A short, human-readable summary of the problem type."
          },
          "status": {
            "type": "integer",
            "description": "The HTTP status code."
          },
          "detail": {
            "type": "string",
            "description": "A human-readable explanation of this occurrence of the problem."
          },
          "issues": {
            "type": "array",
            "description": "Every violation found in the request (validation errors only).",
            "items": {
              "$ref": "#/components/schemas/Issue"
            }
          }
        }
      },
      "Issue": {
        "type": "object",
        "additionalProperties": false,
        "description": "One violation found in the request.",
        "required": [
          "location",
          "pointer",
          "keyword",
          "message"
        ],
        "properties": {
          "location": {
            "type": "string",
            "enum": [
              "path",
              "query",
              "header",
              "body",
              "security"
            ],
            "description": "The part of the request that holds the violation."
          },
          "pointer": {
            "type": "string",
            "description": "JSON pointer to the offending value within that part (\"\" for the whole part)."
          },
          "keyword": {
            "type": "string",
            "description": "The rule that failed (e.g. a JSON Schema keyword such as `required` or `type`)."
          },
          "message": {
            "type": "string",
            "description": "What was expected."
          }
        }
      }
    },
    "responses": {
      "PayloadTooLarge": {
        "description": "Inferred: the body is larger than 1 MB, the most the mock reads.",
        "x-mock": "not example-reachable",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "payload-too-large": {
                "summary": "Payload Too Large",
                "value": {
                  "type": "about:blank",
                  "title": "Payload Too Large",
                  "status": 413,
                  "detail": "the body is larger than 1048576 bytes"
                }
              }
            }
          }
        }
      },
      "UriTooLong": {
        "description": "Inferred: the URL is longer than 8 KB, the most the mock reads.",
        "x-mock": "not example-reachable",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "uri-too-long": {
                "summary": "URI Too Long",
                "value": {
                  "type": "about:blank",
                  "title": "URI Too Long",
                  "status": 414,
                  "detail": "the URL is longer than 8192 characters"
                }
              }
            }
          }
        }
      },
      "InsufficientStorage": {
        "description": "Inferred: a mock-only answer. The mock's store holds its record limit (--record-limit); reset the mock or raise the limit.",
        "x-mock": "not example-reachable",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "insufficient-storage": {
                "summary": "Insufficient Storage",
                "value": {
                  "type": "about:blank",
                  "title": "Insufficient Storage",
                  "status": 507,
                  "detail": "Failed to insert into hapihub chat messages: it holds its limit of 1000000 records. Reset the store or raise the limit (recordLimit)."
                }
              }
            }
          }
        }
      },
      "InternalServerError": {
        "description": "Inferred: an internal error. The mock sends it only when a fault is asked for (error rate or `Prefer: code=500`).",
        "x-mock": "not example-reachable",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "internal": {
                "summary": "A server fault",
                "value": {
                  "type": "about:blank",
                  "title": "Internal Server Error",
                  "status": 500,
                  "detail": "Internal Server Error"
                }
              }
            }
          }
        }
      },
      "BadRequest": {
        "description": "Inferred: the request is invalid: a query key the operation does not take, or a `Prefer` header asking for an undeclared status or example. Every violation is listed in `issues`.",
        "x-mock": "not example-reachable",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "unknown-query": {
                "summary": "A query key the operation does not take",
                "x-chatmock-request": {
                  "method": "GET",
                  "path": "/chat-messages/id-1?$select=text"
                },
                "value": {
                  "type": "about:blank",
                  "title": "Bad Request",
                  "status": 400,
                  "detail": "query parameter \"$select\" is not allowed (the operation takes none)",
                  "issues": [
                    {
                      "location": "query",
                      "pointer": "/$select",
                      "keyword": "additionalProperties",
                      "message": "query parameter \"$select\" is not allowed (the operation takes none)"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "BadBody": {
        "description": "Inferred: the body is invalid or malformed JSON, or a query key is sent. Every violation is listed in `issues`.",
        "x-mock": "not example-reachable",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "seen-not-boolean": {
                "summary": "Patch with a non-boolean `seen`",
                "x-chatmock-request": {
                  "method": "PATCH",
                  "path": "/chat-messages/id-1",
                  "body": {
                    "seen": "yes"
                  }
                },
                "value": {
                  "type": "about:blank",
                  "title": "Bad Request",
                  "status": 400,
                  "detail": "body field \"seen\" must be boolean (got \"yes\")",
                  "issues": [
                    {
                      "location": "body",
                      "pointer": "/seen",
                      "keyword": "type",
                      "message": "body field \"seen\" must be boolean (got \"yes\")"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Inferred: no `Authorization: Bearer` token was sent, or it is malformed.",
        "x-mock": "not example-reachable",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "missing-token": {
                "summary": "No bearer token",
                "x-chatmock-request": {
                  "method": "GET",
                  "path": "/chat-messages",
                  "credentials": false
                },
                "value": {
                  "type": "about:blank",
                  "title": "Unauthorized",
                  "status": 401,
                  "detail": "credentials are required: send Authorization: Bearer <token>.",
                  "issues": [
                    {
                      "location": "security",
                      "pointer": "",
                      "keyword": "security",
                      "message": "credentials are required: send Authorization: Bearer <token>."
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "MessageNotFound": {
        "description": "Inferred: there is no chat message with this id.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "not-found": {
                "summary": "Unknown message id",
                "value": {
                  "type": "about:blank",
                  "title": "Not Found",
                  "status": 404,
                  "detail": "chat message \"id-404\" does not exist"
                }
              }
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "description": "Inferred: the request body is not JSON (its Content-Type is not `application/json`).",
        "x-mock": "not example-reachable",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "not-json": {
                "summary": "Body sent as form data",
                "x-chatmock-request": {
                  "method": "POST",
                  "path": "/chat-messages",
                  "contentType": "application/x-www-form-urlencoded",
                  "body": "room=room-id"
                },
                "value": {
                  "type": "about:blank",
                  "title": "Unsupported Media Type",
                  "status": 415,
                  "detail": "header \"content-type\" must be application/json (got \"application/x-www-form-urlencoded\")",
                  "issues": [
                    {
                      "location": "header",
                      "pointer": "/content-type",
                      "keyword": "contentType",
                      "message": "header \"content-type\" must be application/json (got \"application/x-www-form-urlencoded\")"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    }
  }
} as unknown as OpenAPIV3_1.Document
