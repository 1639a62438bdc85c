// Generated from specs/roosted.yaml by scripts/generate-specs.ts. Do not edit: run "npm run gen".
import type { OpenAPIV3_1 } from 'openapi-types'

export const document = {
  "openapi": "3.1.0",
  "info": {
    "title": "RoostedHR worker chats (chatmock)",
    "version": "1.0.0-chatmock",
    "summary": "A worker's chats and their messages in the RoostedHR API v1.12, as served by the chatmock mock.",
    "description": "Hand-written contract for the RoostedHR worker chat endpoints (API reference v01.12.00, pages\nGet Chats, Create Chat, Get Chat, Edit Chat, Get Chat Messages and Send Message), used by\nchatmock to validate traffic and to drive its stateful mock.\n\nDecisions made by the mock:\n- **Auth**: the API reference asks for an `X-API-KEY` header, while the vendor's\n  getting-started guide asks for `Authorization: Bearer <token>`. Either one is accepted;\n  a request with neither gets 401. The worker who acts is always the one in the path.\n- **Point of view**: a chat is always seen from the worker in the path. `chat_admin`,\n  `silenced`, `on_chat` and `unread_count`, and each message's `read`, are that worker's\n  values. A worker who is not a member of a chat gets 404 for it, as for an unknown worker or\n  chat; a list never shows a chat the worker is not a member of.\n- **Members** are listed in the order they joined the chat (the creator first).\n- **Lists** page with a cursor: `last_seen_id` is the id of the last item of the previous page,\n  and `has_more` says whether another page follows. Chats come newest first (by\n  `chats_order`, then id); messages oldest first, as the docs' example lists them. Paging that\n  way visits every item exactly once (see each list operation).\n- **Read state**: a message is read (`\"1\"`) for its sender from the start; for every other\n  member it becomes read once that member has fetched it through the messages list.\n  `unread_count` is the number of the chat's messages the worker has not read.\n- **0/1 flags and counters**: the vendor's schema says integer (`chat_admin`, `silenced`,\n  `on_chat`, `locked`, `auto_add_workers` in 0..1, `unread_count` >= 0), but the vendor's own\n  examples send strings (`\"1\"`, `\"0\"`). The mock sends the strings, like the real service;\n  this spec accepts both forms.\n- **Ids** of created chats and messages follow the docs' styles (10 and 11 letters and\n  digits, such as `yJjarB5xUW` and `rxsVGOYHC9u`) and are deterministic: the same requests\n  against a fresh mock give the same ids.\n- **Errors**: the vendor documents no error body, so errors are RFC 9457\n  `application/problem+json`, listing every violation. All error statuses here are inferred.\n- **Request bodies** reject unknown properties (`additionalProperties: false`) so that client\n  typos are caught.\n- **Fixtures** contain the documented examples: chat `yJjarB5xUW` (\"Project Alpha Team\") of\n  workers `3158` (Chris Davis) and `120915` (Aaron Labrado), and the messages `rxsVGOYHC9u`\n  and `HavJuiLxDiR` of the docs' message list, in chat `Xk2mPq7RtA` of worker 3158 and worker\n  `12` (Jane Smith).\n",
    "contact": {
      "name": "RoostedHR API reference",
      "url": "https://docs.roostedhr.com/api-reference/v01.12.00"
    },
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    }
  },
  "externalDocs": {
    "description": "RoostedHR API reference, Workers (v01.12.00)",
    "url": "https://docs.roostedhr.com/api-reference/v01.12.00/workers/get-chats"
  },
  "x-chatmock-actions": {
    "memberMessage": {
      "summary": "Another member of a chat posts a message (the other side of the conversation), exactly as if that member had sent it with Send message (`sendChatMessage`): every member's message list shows it, unread for all but its sender, whose `unread_count` grows by one, and every member's view of the chat shows it as the most recent message. A locked chat takes none. Resolves to the message as its sender sees it (`read` is \"1\"). Refused (ACTION_INVALID) when the chat or the worker does not exist, the worker is not a member of the chat, or the chat is locked.",
      "input": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "chat_id",
          "worker_id",
          "message"
        ],
        "properties": {
          "chat_id": {
            "$ref": "#/components/schemas/ChatId",
            "description": "The chat to post in."
          },
          "worker_id": {
            "$ref": "#/components/schemas/WorkerId",
            "description": "The sender, a member of the chat (the worker in the path of Send message)."
          },
          "message": {
            "$ref": "#/components/schemas/SendMessageRequest/properties/message"
          }
        }
      }
    }
  },
  "servers": [
    {
      "url": "https://api.roostedhr.com/api/1_12",
      "description": "Production (the URL used on every API-reference page)."
    },
    {
      "url": "https://sandbox.roostedhr.com/api/1_12",
      "description": "Sandbox (named in the vendor's getting-started guide)."
    }
  ],
  "security": [
    {
      "apiKeyHeader": []
    },
    {
      "bearerAuth": []
    }
  ],
  "tags": [
    {
      "name": "Worker chats",
      "description": "Chats of a worker, under `/workers/{id}/chats`. Each chat is seen from the worker in the path."
    },
    {
      "name": "Chat messages",
      "description": "Messages of a worker's chat, under `/workers/{id}/chats/{chat_id}/messages`."
    }
  ],
  "paths": {
    "/workers/{id}/chats": {
      "get": {
        "operationId": "listWorkerChats",
        "summary": "Get chats",
        "description": "Lists the chats the worker in the path is a member of, a page at a time, as that worker\nsees them (list items carry `auto_add_workers` and `event_id`, and no members). Pass\n`last_seen_id` with the id of the last chat of the previous page to get the next page;\nomit it for the first. `search_term` filters by chat name; `all_chats=true` includes\ninactive chats.\n",
        "tags": [
          "Worker chats"
        ],
        "x-mock": "Own choices of the mock, as the docs leave them open. Order: newest first by `chats_order`, then by id (descending). `chats_order` is set when the chat is created and is not changed by new messages (the docs' only example shows it equal to `date_created`), so the order never changes while a client pages: following `last_seen_id` from page to page visits every chat exactly once, even while messages are sent, and ends with `has_more: false`; chats created meanwhile are newer and appear on a new first page. `last_seen_id` pages from that chat's place in the order (the chat itself need not match the filters); a `last_seen_id` that is not one of the worker's chats gets 400. Inactive chats, left out unless `all_chats=true`, are the worker's own chats that are locked (`locked: \"1\"`) or that the worker is no longer on (`on_chat: \"0\"`); silenced chats are active. `all_chats` never shows a chat the worker is not a member of. `search_term` matches a case-insensitive substring of the chat name; an empty one matches every chat. An unknown worker gets 404; a worker without chats gets an empty page.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "description": "Worker ID (a numeric string).",
            "schema": {
              "$ref": "#/components/schemas/WorkerId"
            },
            "examples": {
              "docs-example": {
                "summary": "Worker 3158 (Chris Davis)",
                "value": "3158"
              },
              "search": {
                "value": "3158"
              },
              "all-chats": {
                "value": "3158"
              },
              "unknown-cursor": {
                "value": "3158"
              },
              "not-found": {
                "summary": "No such worker",
                "value": "999999"
              }
            }
          },
          {
            "name": "all_chats",
            "in": "query",
            "description": "Fetches all chats if true: inactive ones (locked, or left by the worker) too.",
            "schema": {
              "type": "boolean",
              "default": false
            },
            "examples": {
              "all-chats": {
                "value": true
              }
            }
          },
          {
            "name": "search_term",
            "in": "query",
            "description": "Title search query for chats (a case-insensitive substring of the name).",
            "schema": {
              "type": "string"
            },
            "examples": {
              "search": {
                "value": "alpha"
              }
            }
          },
          {
            "name": "last_seen_id",
            "in": "query",
            "description": "ID of the last chat from the previous page. Omit for the first page.",
            "schema": {
              "$ref": "#/components/schemas/ChatId"
            },
            "examples": {
              "all-chats": {
                "summary": "The second chat of the worker's list",
                "value": "Sl9eBr1UaK"
              },
              "unknown-cursor": {
                "summary": "Not a chat of the worker",
                "value": "zzzzzzzzzz"
              }
            }
          },
          {
            "name": "limit",
            "in": "query",
            "description": "Maximum number of chats to return per page. Inferred: at most 100.",
            "schema": {
              "$ref": "#/components/schemas/Limit"
            },
            "examples": {
              "docs-example": {
                "value": 2
              },
              "all-chats": {
                "value": 2
              }
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK. A page of the worker's chats, newest first.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChatList"
                },
                "examples": {
                  "docs-example": {
                    "summary": "The first two chats of worker 3158",
                    "value": {
                      "chats": [
                        {
                          "id": "uHKL4EB38I",
                          "auto_add_workers": "0",
                          "event_id": null,
                          "chat_admin": "0",
                          "silenced": "0",
                          "on_chat": "1",
                          "date_created": "2024-03-01T09:00:00.000Z",
                          "name": "Stephon Little, Naomie MacGyver, Demarcus Tremblay, Chris Davis",
                          "most_recent_message_id": "tE1HWDEIeKJ",
                          "locked": "0",
                          "last_message_timestamp": "2024-03-01T11:15:00.000Z",
                          "message": "Eum velum arma venio.",
                          "name_first": "Stephon",
                          "selected_picture_location": "example/8",
                          "chats_order": "2024-03-01T09:00:00.000Z",
                          "unread_count": "2"
                        },
                        {
                          "id": "Sl9eBr1UaK",
                          "auto_add_workers": "0",
                          "event_id": null,
                          "chat_admin": "0",
                          "silenced": "1",
                          "on_chat": "1",
                          "date_created": "2024-02-04T09:00:00.000Z",
                          "name": "Kitchen team",
                          "most_recent_message_id": null,
                          "locked": "0",
                          "last_message_timestamp": null,
                          "message": null,
                          "name_first": null,
                          "selected_picture_location": null,
                          "chats_order": "2024-02-04T09:00:00.000Z",
                          "unread_count": "0"
                        }
                      ],
                      "has_more": true
                    }
                  },
                  "search": {
                    "summary": "The chats of worker 3158 whose name contains \"alpha\"",
                    "value": {
                      "chats": [
                        {
                          "id": "yJjarB5xUW",
                          "auto_add_workers": "0",
                          "event_id": null,
                          "chat_admin": "1",
                          "silenced": "0",
                          "on_chat": "1",
                          "date_created": "2024-01-05T20:13:00.000Z",
                          "name": "Project Alpha Team",
                          "most_recent_message_id": null,
                          "locked": "0",
                          "last_message_timestamp": null,
                          "message": null,
                          "name_first": null,
                          "selected_picture_location": null,
                          "chats_order": "2024-01-05T20:13:00.000Z",
                          "unread_count": "0"
                        }
                      ],
                      "has_more": false
                    }
                  },
                  "all-chats": {
                    "summary": "The two chats after Sl9eBr1UaK, inactive ones included (one left, one locked)",
                    "value": {
                      "chats": [
                        {
                          "id": "Of3nYh6TsG",
                          "auto_add_workers": "1",
                          "event_id": "58213",
                          "chat_admin": "0",
                          "silenced": "0",
                          "on_chat": "0",
                          "date_created": "2024-02-03T09:00:00.000Z",
                          "name": "Spring fair crew",
                          "most_recent_message_id": null,
                          "locked": "0",
                          "last_message_timestamp": null,
                          "message": null,
                          "name_first": null,
                          "selected_picture_location": null,
                          "chats_order": "2024-02-03T09:00:00.000Z",
                          "unread_count": "0"
                        },
                        {
                          "id": "Lk7cJd2VwE",
                          "auto_add_workers": "0",
                          "event_id": null,
                          "chat_admin": "1",
                          "silenced": "0",
                          "on_chat": "1",
                          "date_created": "2024-02-02T09:00:00.000Z",
                          "name": "January rota",
                          "most_recent_message_id": null,
                          "locked": "1",
                          "last_message_timestamp": null,
                          "message": null,
                          "name_first": null,
                          "selected_picture_location": null,
                          "chats_order": "2024-02-02T09:00:00.000Z",
                          "unread_count": "0"
                        }
                      ],
                      "has_more": true
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "Inferred: a query parameter is invalid, or `last_seen_id` is not one of the worker's chats. Every violation is listed in `issues`.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "unknown-cursor": {
                    "summary": "A cursor that is not one of the worker's chats",
                    "value": {
                      "type": "about:blank",
                      "title": "Bad Request",
                      "status": 400,
                      "detail": "query parameter \"last_seen_id\" must name a chat of worker \"3158\" (got \"zzzzzzzzzz\")",
                      "issues": [
                        {
                          "location": "query",
                          "pointer": "/last_seen_id",
                          "keyword": "exists",
                          "message": "query parameter \"last_seen_id\" must name a chat of worker \"3158\" (got \"zzzzzzzzzz\")"
                        }
                      ]
                    }
                  },
                  "limit-too-large": {
                    "summary": "A limit above 100",
                    "x-mock": "not example-reachable",
                    "x-chatmock-request": {
                      "method": "GET",
                      "path": "/workers/3158/chats?limit=101"
                    },
                    "value": {
                      "type": "about:blank",
                      "title": "Bad Request",
                      "status": 400,
                      "detail": "query parameter \"limit\" must be <= 100 (got 101)",
                      "issues": [
                        {
                          "location": "query",
                          "pointer": "/limit",
                          "keyword": "maximum",
                          "message": "query parameter \"limit\" must be <= 100 (got 101)"
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
          "404": {
            "$ref": "#/components/responses/WorkerNotFound"
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
        "operationId": "createWorkerChat",
        "summary": "Create chat",
        "description": "Creates a chat of the worker in the path with the workers in `members`, and returns it as\nthat worker sees it, members included (the creator first, then the others in request\norder). `members` lists the other workers; the worker in the path is added, and a list\nthat already names it is accepted too. The creator is the chat's admin. A chat created\nwithout `name` is named after its members' full names, the creator first, then the others\nin request order, joined by \", \" (as the docs' example \"Chris Davis, Aaron Labrado\" is);\nthat name is stored at creation and does not follow later member changes.\n\nWhy this differs from Edit Chat: here `members` names the workers to start the chat with,\nand the creator is always one of them, so leaving the creator out is the normal request;\nEdit Chat's `members` replaces the whole member list, so a list without the worker in the\npath would remove that worker, which the mock refuses (400).\n",
        "tags": [
          "Worker chats"
        ],
        "x-mock": "Own choices of the mock, as nothing is documented: an unknown worker in the path gets 404; an unknown worker id in `members`, or a list that names no worker besides the one in the path, gets 400 and nothing is created; `members` must not repeat an id and `name` must not be empty. Every member starts with `silenced: \"0\"`, `on_chat: \"1\"` and nothing unread; `locked` and `auto_add_workers` are \"0\" and `event_id` is null. The new chat's `date_created` and `chats_order` are the time of the request.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "description": "Worker ID (a numeric string); the creator of the chat.",
            "schema": {
              "$ref": "#/components/schemas/WorkerId"
            },
            "examples": {
              "named": {
                "summary": "Worker 3158 (Chris Davis)",
                "value": "3158"
              },
              "unnamed": {
                "value": "3158"
              },
              "unknown-member": {
                "value": "3158"
              },
              "no-other-member": {
                "value": "3158"
              },
              "not-found": {
                "summary": "No such worker",
                "value": "999999"
              }
            }
          }
        ],
        "requestBody": {
          "required": true,
          "description": "The other members, and optionally a name.",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateChatRequest"
              },
              "examples": {
                "named": {
                  "summary": "A named chat with worker 4001",
                  "value": {
                    "members": [
                      "4001"
                    ],
                    "name": "Weekend crew"
                  }
                },
                "unnamed": {
                  "summary": "A chat without a name, with workers 120915 and 4002",
                  "value": {
                    "members": [
                      "120915",
                      "4002"
                    ]
                  }
                },
                "unknown-member": {
                  "summary": "A member that is not a worker",
                  "value": {
                    "members": [
                      "999999"
                    ]
                  }
                },
                "no-other-member": {
                  "summary": "Only the worker in the path",
                  "value": {
                    "members": [
                      "3158"
                    ]
                  }
                },
                "not-found": {
                  "summary": "A chat for a worker that does not exist",
                  "value": {
                    "members": [
                      "3158"
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Created. The chat with its members, seen from its creator.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Chat"
                },
                "examples": {
                  "named": {
                    "summary": "The named chat",
                    "value": {
                      "id": "odi7z25x8V",
                      "name": "Weekend crew",
                      "chat_admin": "1",
                      "silenced": "0",
                      "on_chat": "1",
                      "locked": "0",
                      "date_created": "2024-03-10T00:00:00.000Z",
                      "most_recent_message_id": null,
                      "last_message_timestamp": null,
                      "message": null,
                      "name_first": null,
                      "selected_picture_location": null,
                      "chats_order": "2024-03-10T00:00:00.000Z",
                      "unread_count": "0",
                      "members": [
                        {
                          "id": "3158",
                          "name_first": "Chris",
                          "name_last": "Davis",
                          "selected_picture_location": "example/1"
                        },
                        {
                          "id": "4001",
                          "name_first": "Ottilie",
                          "name_last": "Kris",
                          "selected_picture_location": "example/4"
                        }
                      ]
                    }
                  },
                  "unnamed": {
                    "summary": "The chat named after its members",
                    "value": {
                      "id": "odi7z25x8V",
                      "name": "Chris Davis, Aaron Labrado, Kennedy Bergstrom",
                      "chat_admin": "1",
                      "silenced": "0",
                      "on_chat": "1",
                      "locked": "0",
                      "date_created": "2024-03-10T00:00:00.000Z",
                      "most_recent_message_id": null,
                      "last_message_timestamp": null,
                      "message": null,
                      "name_first": null,
                      "selected_picture_location": null,
                      "chats_order": "2024-03-10T00:00:00.000Z",
                      "unread_count": "0",
                      "members": [
                        {
                          "id": "3158",
                          "name_first": "Chris",
                          "name_last": "Davis",
                          "selected_picture_location": "example/1"
                        },
                        {
                          "id": "120915",
                          "name_first": "Aaron",
                          "name_last": "Labrado",
                          "selected_picture_location": "example/2"
                        },
                        {
                          "id": "4002",
                          "name_first": "Kennedy",
                          "name_last": "Bergstrom",
                          "selected_picture_location": "example/5"
                        }
                      ]
                    }
                  }
                }
              }
            },
            "links": {
              "GetWorkerChat": {
                "operationId": "getWorkerChat",
                "parameters": {
                  "id": "$request.path.id",
                  "chat_id": "$response.body#/id"
                },
                "description": "Read the created chat back."
              },
              "ListChatMessages": {
                "operationId": "listChatMessages",
                "parameters": {
                  "id": "$request.path.id",
                  "chat_id": "$response.body#/id"
                },
                "description": "List the messages of the created chat."
              },
              "SendChatMessage": {
                "operationId": "sendChatMessage",
                "parameters": {
                  "id": "$request.path.id",
                  "chat_id": "$response.body#/id"
                },
                "description": "Send a message in the created chat."
              },
              "EditWorkerChat": {
                "operationId": "editWorkerChat",
                "parameters": {
                  "id": "$request.path.id",
                  "chat_id": "$response.body#/id"
                },
                "description": "Rename the created chat or change its members."
              }
            }
          },
          "400": {
            "description": "Inferred: the body is invalid, names a worker that does not exist, or names no worker besides the one in the path. Every violation is listed in `issues`.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "unknown-member": {
                    "summary": "An unknown worker id in `members`",
                    "value": {
                      "type": "about:blank",
                      "title": "Bad Request",
                      "status": 400,
                      "detail": "body field \"members[0]\" must be a known worker id (got \"999999\")",
                      "issues": [
                        {
                          "location": "body",
                          "pointer": "/members/0",
                          "keyword": "exists",
                          "message": "body field \"members[0]\" must be a known worker id (got \"999999\")"
                        }
                      ]
                    }
                  },
                  "no-other-member": {
                    "summary": "No worker besides the one in the path",
                    "value": {
                      "type": "about:blank",
                      "title": "Bad Request",
                      "status": 400,
                      "detail": "body field \"members\" must name a worker besides the worker in the path (\"3158\")",
                      "issues": [
                        {
                          "location": "body",
                          "pointer": "/members",
                          "keyword": "contains",
                          "message": "body field \"members\" must name a worker besides the worker in the path (\"3158\")"
                        }
                      ]
                    }
                  },
                  "schema-violation": {
                    "summary": "A body that breaks the schema",
                    "x-mock": "not example-reachable",
                    "x-chatmock-request": {
                      "method": "POST",
                      "path": "/workers/3158/chats",
                      "body": {
                        "members": [
                          "a"
                        ],
                        "title": "x"
                      }
                    },
                    "value": {
                      "type": "about:blank",
                      "title": "Bad Request",
                      "status": 400,
                      "detail": "body field \"title\" is not allowed; body field \"members[0]\" must match ^[0-9]+$ (got \"a\")",
                      "issues": [
                        {
                          "location": "body",
                          "pointer": "/title",
                          "keyword": "additionalProperties",
                          "message": "body field \"title\" is not allowed"
                        },
                        {
                          "location": "body",
                          "pointer": "/members/0",
                          "keyword": "pattern",
                          "message": "body field \"members[0]\" must match ^[0-9]+$ (got \"a\")"
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
          "404": {
            "$ref": "#/components/responses/WorkerNotFound"
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
    "/workers/{id}/chats/{chat_id}": {
      "get": {
        "operationId": "getWorkerChat",
        "summary": "Get chat",
        "description": "Returns one chat as the worker in the path sees it, members included. A worker who is not a member of the chat cannot see it and gets 404.",
        "tags": [
          "Worker chats"
        ],
        "x-mock": "The docs' example shows chat yJjarB5xUW named \"Chris Davis, Aaron Labrado\" (the name an unnamed chat gets), while the Edit Chat example renames it \"Project Alpha Team\"; the fixtures hold the renamed chat, so the mock answers with that name.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "description": "Worker ID (a numeric string). The chat is seen from this worker, who must be one of its members.",
            "schema": {
              "$ref": "#/components/schemas/WorkerId"
            },
            "examples": {
              "docs-example": {
                "summary": "Worker 3158 (Chris Davis)",
                "value": "3158"
              },
              "not-found": {
                "value": "3158"
              },
              "not-a-member": {
                "summary": "Worker 4000, who is not a member of chat yJjarB5xUW",
                "value": "4000"
              }
            }
          },
          {
            "name": "chat_id",
            "in": "path",
            "required": true,
            "description": "Chat ID (10 letters and digits in the vendor's examples).",
            "schema": {
              "$ref": "#/components/schemas/ChatId"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' chat",
                "value": "yJjarB5xUW"
              },
              "not-found": {
                "summary": "No such chat",
                "value": "zzzzzzzzzz"
              },
              "not-a-member": {
                "value": "yJjarB5xUW"
              }
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK. The chat with its members, seen from the worker in the path.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Chat"
                },
                "examples": {
                  "docs-example": {
                    "summary": "Chat yJjarB5xUW seen by its admin, worker 3158",
                    "value": {
                      "id": "yJjarB5xUW",
                      "name": "Project Alpha Team",
                      "chat_admin": "1",
                      "silenced": "0",
                      "on_chat": "1",
                      "locked": "0",
                      "date_created": "2024-01-05T20:13:00.000Z",
                      "most_recent_message_id": null,
                      "last_message_timestamp": null,
                      "message": null,
                      "name_first": null,
                      "selected_picture_location": null,
                      "chats_order": "2024-01-05T20:13:00.000Z",
                      "unread_count": "0",
                      "members": [
                        {
                          "id": "3158",
                          "name_first": "Chris",
                          "name_last": "Davis",
                          "selected_picture_location": "example/1"
                        },
                        {
                          "id": "120915",
                          "name_first": "Aaron",
                          "name_last": "Labrado",
                          "selected_picture_location": "example/2"
                        }
                      ]
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
            "$ref": "#/components/responses/ChatNotFound"
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
        "operationId": "editWorkerChat",
        "summary": "Edit chat",
        "description": "Renames a chat and/or replaces its member list, then returns the chat as the worker in\nthe path sees it, members included. Both body fields are optional; a field that is left\nout stays unchanged. `members` is the complete new list of worker ids, not a list of\nadditions, and must include the worker in the path: a list without it would remove that\nworker from the chat (unlike Create Chat, whose `members` lists the others and always\nadds the creator).\n\nThe chat is seen from the worker in the path: `chat_admin`, `silenced`, `on_chat` and\n`unread_count` in the response are that worker's values. A worker who is not a member of\nthe chat cannot see it and gets 404.\n",
        "tags": [
          "Worker chats"
        ],
        "x-mock": "Own choices of the mock, as nothing is documented: an unknown worker id in `members` is rejected with 400 and nothing is changed; `members` must not be empty, must not repeat an id and must include the worker in the path (a worker cannot remove themselves through this endpoint; 400 otherwise); `name` must not be empty. Locked chats can be edited like any other chat. A worker added to the chat sees it as a non-admin, not silenced, and sees the chat's earlier messages, all read (nothing unread); a removed worker loses the chat and its messages, and gets 404 for it. Members are listed in the order they joined. The flags and `unread_count` are sent as strings (\"0\"/\"1\"), as in the real examples.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "description": "Worker ID (a numeric string). The chat is seen from this worker, who must be one of its members.",
            "schema": {
              "$ref": "#/components/schemas/WorkerId"
            },
            "examples": {
              "docs-example": {
                "summary": "Worker 3158 (Chris Davis)",
                "value": "3158"
              },
              "replace-members": {
                "summary": "Worker 4007, admin of chat Ed8fGt3HjN",
                "value": "4007"
              },
              "unknown-member": {
                "value": "3158"
              },
              "missing-path-worker": {
                "value": "3158"
              },
              "not-found": {
                "value": "3158"
              },
              "not-a-member": {
                "summary": "Worker 4000, who is not a member of chat yJjarB5xUW",
                "value": "4000"
              }
            }
          },
          {
            "name": "chat_id",
            "in": "path",
            "required": true,
            "description": "Chat ID (10 letters and digits in the vendor's examples).",
            "schema": {
              "$ref": "#/components/schemas/ChatId"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' chat",
                "value": "yJjarB5xUW"
              },
              "replace-members": {
                "summary": "A chat that only this example changes",
                "value": "Ed8fGt3HjN"
              },
              "unknown-member": {
                "value": "yJjarB5xUW"
              },
              "missing-path-worker": {
                "value": "yJjarB5xUW"
              },
              "not-found": {
                "summary": "No such chat",
                "value": "zzzzzzzzzz"
              },
              "not-a-member": {
                "value": "yJjarB5xUW"
              }
            }
          }
        ],
        "requestBody": {
          "required": true,
          "description": "The changes to make. Both fields are optional.",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/EditChatRequest"
              },
              "examples": {
                "docs-example": {
                  "summary": "Rename the chat (the docs' example)",
                  "value": {
                    "name": "Project Alpha Team"
                  }
                },
                "replace-members": {
                  "summary": "Replace the member list, adding worker 4009",
                  "value": {
                    "members": [
                      "4007",
                      "4008",
                      "4009"
                    ]
                  }
                },
                "unknown-member": {
                  "summary": "A member that is not a worker",
                  "value": {
                    "members": [
                      "3158",
                      "999999"
                    ]
                  }
                },
                "missing-path-worker": {
                  "summary": "A member list without the worker in the path",
                  "value": {
                    "members": [
                      "120915"
                    ]
                  }
                },
                "not-found": {
                  "summary": "Rename a chat that does not exist",
                  "value": {
                    "name": "Project Alpha Team"
                  }
                },
                "not-a-member": {
                  "summary": "Rename a chat the worker is not a member of",
                  "value": {
                    "name": "Hijacked"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "OK. The updated chat, with its members, seen from the worker in the path.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Chat"
                },
                "examples": {
                  "docs-example": {
                    "summary": "The docs' response example (flags and counter as strings)",
                    "value": {
                      "id": "yJjarB5xUW",
                      "name": "Project Alpha Team",
                      "chat_admin": "1",
                      "silenced": "0",
                      "on_chat": "1",
                      "locked": "0",
                      "date_created": "2024-01-05T20:13:00.000Z",
                      "most_recent_message_id": null,
                      "last_message_timestamp": null,
                      "message": null,
                      "name_first": null,
                      "selected_picture_location": null,
                      "chats_order": "2024-01-05T20:13:00.000Z",
                      "unread_count": "0",
                      "members": [
                        {
                          "id": "3158",
                          "name_first": "Chris",
                          "name_last": "Davis",
                          "selected_picture_location": "example/1"
                        },
                        {
                          "id": "120915",
                          "name_first": "Aaron",
                          "name_last": "Labrado",
                          "selected_picture_location": "example/2"
                        }
                      ]
                    }
                  },
                  "replace-members": {
                    "summary": "The chat with worker 4009 added",
                    "value": {
                      "id": "Ed8fGt3HjN",
                      "name": "Bar staff",
                      "chat_admin": "1",
                      "silenced": "0",
                      "on_chat": "1",
                      "locked": "0",
                      "date_created": "2024-02-05T09:00:00.000Z",
                      "most_recent_message_id": null,
                      "last_message_timestamp": null,
                      "message": null,
                      "name_first": null,
                      "selected_picture_location": null,
                      "chats_order": "2024-02-05T09:00:00.000Z",
                      "unread_count": "0",
                      "members": [
                        {
                          "id": "4007",
                          "name_first": "Gladyce",
                          "name_last": "Harber",
                          "selected_picture_location": "example/10"
                        },
                        {
                          "id": "4008",
                          "name_first": "Camilla",
                          "name_last": "Franecki",
                          "selected_picture_location": "example/11"
                        },
                        {
                          "id": "4009",
                          "name_first": "Demarcus",
                          "name_last": "Tremblay",
                          "selected_picture_location": "example/12"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "Inferred: the body is invalid, names a worker that does not exist, or leaves out the worker in the path. Every violation is listed in `issues`; nothing is changed.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "unknown-member": {
                    "summary": "An unknown worker id in `members`",
                    "value": {
                      "type": "about:blank",
                      "title": "Bad Request",
                      "status": 400,
                      "detail": "body field \"members[1]\" must be a known worker id (got \"999999\")",
                      "issues": [
                        {
                          "location": "body",
                          "pointer": "/members/1",
                          "keyword": "exists",
                          "message": "body field \"members[1]\" must be a known worker id (got \"999999\")"
                        }
                      ]
                    }
                  },
                  "missing-path-worker": {
                    "summary": "A member list without the worker in the path",
                    "value": {
                      "type": "about:blank",
                      "title": "Bad Request",
                      "status": 400,
                      "detail": "body field \"members\" must include the worker in the path (\"3158\")",
                      "issues": [
                        {
                          "location": "body",
                          "pointer": "/members",
                          "keyword": "contains",
                          "message": "body field \"members\" must include the worker in the path (\"3158\")"
                        }
                      ]
                    }
                  },
                  "schema-violation": {
                    "summary": "A body that breaks the schema",
                    "x-mock": "not example-reachable",
                    "x-chatmock-request": {
                      "method": "PATCH",
                      "path": "/workers/3158/chats/yJjarB5xUW",
                      "body": {
                        "members": [
                          "a"
                        ],
                        "title": "x"
                      }
                    },
                    "value": {
                      "type": "about:blank",
                      "title": "Bad Request",
                      "status": 400,
                      "detail": "body field \"title\" is not allowed; body field \"members[0]\" must match ^[0-9]+$ (got \"a\")",
                      "issues": [
                        {
                          "location": "body",
                          "pointer": "/title",
                          "keyword": "additionalProperties",
                          "message": "body field \"title\" is not allowed"
                        },
                        {
                          "location": "body",
                          "pointer": "/members/0",
                          "keyword": "pattern",
                          "message": "body field \"members[0]\" must match ^[0-9]+$ (got \"a\")"
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
          "404": {
            "$ref": "#/components/responses/ChatNotFound"
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
    "/workers/{id}/chats/{chat_id}/messages": {
      "get": {
        "operationId": "listChatMessages",
        "summary": "Get chat messages",
        "description": "Lists the messages of a chat, a page at a time, as the worker in the path sees them\n(`read` is that worker's). Pass `last_seen_id` with the id of the last message of the\nprevious page to get the next page; omit it for the first.\n",
        "tags": [
          "Chat messages"
        ],
        "x-mock": "Own choices of the mock, as the docs leave them open. Order: oldest first, in the order the messages were sent, as the docs' example lists them; `last_seen_id` pages from that message to the ones sent after it, so following it from page to page visits every message exactly once and ends with `has_more: false`, and messages sent while a client pages appear on its later pages. A `last_seen_id` that is not a message of the chat gets 400. Read state: each message shows `read` as it was for the worker before this request, then every message on the page becomes read for that worker and the chat's `unread_count` drops by as many (a worker's own messages are read from the start).",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "description": "Worker ID (a numeric string), a member of the chat.",
            "schema": {
              "$ref": "#/components/schemas/WorkerId"
            },
            "examples": {
              "docs-example": {
                "summary": "Worker 3158 (Chris Davis)",
                "value": "3158"
              },
              "next-page": {
                "value": "3158"
              },
              "unknown-cursor": {
                "value": "3158"
              },
              "not-found": {
                "value": "3158"
              },
              "not-a-member": {
                "summary": "Worker 4000, who is not a member of chat yJjarB5xUW",
                "value": "4000"
              }
            }
          },
          {
            "name": "chat_id",
            "in": "path",
            "required": true,
            "description": "Chat ID.",
            "schema": {
              "$ref": "#/components/schemas/ChatId"
            },
            "examples": {
              "docs-example": {
                "summary": "The chat of the docs' messages",
                "value": "Xk2mPq7RtA"
              },
              "next-page": {
                "value": "Xk2mPq7RtA"
              },
              "unknown-cursor": {
                "value": "Xk2mPq7RtA"
              },
              "not-found": {
                "summary": "No such chat",
                "value": "zzzzzzzzzz"
              },
              "not-a-member": {
                "value": "yJjarB5xUW"
              }
            }
          },
          {
            "name": "last_seen_id",
            "in": "query",
            "description": "ID of the last message from the previous page. Omit for the first page.",
            "schema": {
              "$ref": "#/components/schemas/MessageId"
            },
            "examples": {
              "next-page": {
                "summary": "The docs' second message",
                "value": "HavJuiLxDiR"
              },
              "unknown-cursor": {
                "summary": "Not a message of the chat",
                "value": "zzzzzzzzzzz"
              }
            }
          },
          {
            "name": "limit",
            "in": "query",
            "description": "Maximum number of messages to return per page. Inferred: at most 100.",
            "schema": {
              "$ref": "#/components/schemas/Limit"
            },
            "examples": {
              "docs-example": {
                "value": 2
              },
              "next-page": {
                "value": 2
              }
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK. A page of the chat's messages, oldest first.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChatMessageList"
                },
                "examples": {
                  "docs-example": {
                    "summary": "The docs' two messages, as worker 3158 sees them before reading",
                    "value": {
                      "messages": [
                        {
                          "id": "rxsVGOYHC9u",
                          "message": "Hello there",
                          "sender_id": "3158",
                          "sender_name": "Chris Davis",
                          "date_created": "2024-01-05T17:10:00.000Z",
                          "read": "1"
                        },
                        {
                          "id": "HavJuiLxDiR",
                          "message": "Hi, how are you?",
                          "sender_id": "12",
                          "sender_name": "Jane Smith",
                          "date_created": "2024-01-05T17:11:00.000Z",
                          "read": "0"
                        }
                      ],
                      "has_more": true
                    }
                  },
                  "next-page": {
                    "summary": "The two messages after HavJuiLxDiR",
                    "value": {
                      "messages": [
                        {
                          "id": "G3pK0d9wQmZ",
                          "message": "Doing well, thanks. Are you on the late shift?",
                          "sender_id": "3158",
                          "sender_name": "Chris Davis",
                          "date_created": "2024-01-05T17:12:00.000Z",
                          "read": "1"
                        },
                        {
                          "id": "T1vN6bE2xLr",
                          "message": "Yes, until ten.",
                          "sender_id": "12",
                          "sender_name": "Jane Smith",
                          "date_created": "2024-01-05T17:13:00.000Z",
                          "read": "0"
                        }
                      ],
                      "has_more": true
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "Inferred: a query parameter is invalid, or `last_seen_id` is not a message of the chat. Every violation is listed in `issues`.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "unknown-cursor": {
                    "summary": "A cursor that is not a message of the chat",
                    "value": {
                      "type": "about:blank",
                      "title": "Bad Request",
                      "status": 400,
                      "detail": "query parameter \"last_seen_id\" must name a message of chat \"Xk2mPq7RtA\" (got \"zzzzzzzzzzz\")",
                      "issues": [
                        {
                          "location": "query",
                          "pointer": "/last_seen_id",
                          "keyword": "exists",
                          "message": "query parameter \"last_seen_id\" must name a message of chat \"Xk2mPq7RtA\" (got \"zzzzzzzzzzz\")"
                        }
                      ]
                    }
                  },
                  "limit-too-large": {
                    "summary": "A limit above 100",
                    "x-mock": "not example-reachable",
                    "x-chatmock-request": {
                      "method": "GET",
                      "path": "/workers/3158/chats/yJjarB5xUW/messages?limit=101"
                    },
                    "value": {
                      "type": "about:blank",
                      "title": "Bad Request",
                      "status": 400,
                      "detail": "query parameter \"limit\" must be <= 100 (got 101)",
                      "issues": [
                        {
                          "location": "query",
                          "pointer": "/limit",
                          "keyword": "maximum",
                          "message": "query parameter \"limit\" must be <= 100 (got 101)"
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
          "404": {
            "$ref": "#/components/responses/ChatNotFound"
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
        "operationId": "sendChatMessage",
        "summary": "Send message",
        "description": "Sends a message in a chat as the worker in the path, and returns it as its sender sees it (`read` is \"1\"). The message appears in the chat's message list of every member, unread for all but the sender, and becomes the chat's most recent message.",
        "tags": [
          "Chat messages"
        ],
        "x-mock": "Own choices of the mock, as nothing is documented: a locked chat (`locked: \"1\"`) takes no new messages (403); `message` must not be empty. Every other member's `unread_count` grows by one, and every member's view of the chat shows the message as the most recent one (`most_recent_message_id`, `last_message_timestamp`, `message`, and the sender's `name_first` and `selected_picture_location`); `chats_order` does not change (see Get chats).",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "description": "Worker ID (a numeric string), the sender; a member of the chat.",
            "schema": {
              "$ref": "#/components/schemas/WorkerId"
            },
            "examples": {
              "docs-example": {
                "summary": "Worker 3158 (Chris Davis)",
                "value": "3158"
              },
              "locked": {
                "value": "3158"
              },
              "not-found": {
                "value": "3158"
              },
              "not-a-member": {
                "summary": "Worker 4000, who is not a member of chat yJjarB5xUW",
                "value": "4000"
              }
            }
          },
          {
            "name": "chat_id",
            "in": "path",
            "required": true,
            "description": "Chat ID.",
            "schema": {
              "$ref": "#/components/schemas/ChatId"
            },
            "examples": {
              "docs-example": {
                "summary": "A chat of worker 3158 that only this example writes to",
                "value": "Sn4dWq8ZmB"
              },
              "locked": {
                "summary": "A locked chat of worker 3158",
                "value": "Lk7cJd2VwE"
              },
              "not-found": {
                "summary": "No such chat",
                "value": "zzzzzzzzzz"
              },
              "not-a-member": {
                "value": "yJjarB5xUW"
              }
            }
          }
        ],
        "requestBody": {
          "required": true,
          "description": "The message to send.",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SendMessageRequest"
              },
              "examples": {
                "docs-example": {
                  "summary": "The docs' request example",
                  "value": {
                    "message": "Hello there"
                  }
                },
                "locked": {
                  "summary": "A message to a locked chat",
                  "value": {
                    "message": "Anyone here?"
                  }
                },
                "not-found": {
                  "summary": "A message to a chat that does not exist",
                  "value": {
                    "message": "Hello there"
                  }
                },
                "not-a-member": {
                  "summary": "A message to a chat the worker is not a member of",
                  "value": {
                    "message": "Hello there"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Created. The message, as its sender sees it.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChatMessage"
                },
                "examples": {
                  "docs-example": {
                    "summary": "The sent message (the docs' example has id rxsVGOYHC9u)",
                    "value": {
                      "id": "y1IGM8SlEkp",
                      "message": "Hello there",
                      "sender_id": "3158",
                      "sender_name": "Chris Davis",
                      "date_created": "2024-03-10T00:00:00.000Z",
                      "read": "1"
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
          "403": {
            "description": "Inferred: the chat is locked, so it takes no new messages.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "locked": {
                    "summary": "A locked chat",
                    "value": {
                      "type": "about:blank",
                      "title": "Forbidden",
                      "status": 403,
                      "detail": "chat \"Lk7cJd2VwE\" is locked, so it takes no new messages"
                    }
                  }
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/ChatNotFound"
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
    }
  },
  "components": {
    "securitySchemes": {
      "apiKeyHeader": {
        "type": "apiKey",
        "in": "header",
        "name": "X-API-KEY",
        "description": "API key in the `X-API-KEY` header, as on every API-reference page."
      },
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "`Authorization: Bearer <token>`, as in the vendor's getting-started guide. Accepted as an alternative to `X-API-KEY`."
      }
    },
    "schemas": {
      "WorkerId": {
        "type": "string",
        "minLength": 1,
        "description": "Worker ID (a numeric string in the vendor's examples, such as \"3158\")."
      },
      "ChatId": {
        "type": "string",
        "minLength": 1,
        "description": "Chat ID (10 letters and digits in the vendor's examples, such as \"yJjarB5xUW\")."
      },
      "MessageId": {
        "type": "string",
        "minLength": 1,
        "description": "Message ID (11 letters and digits in the vendor's examples, such as \"rxsVGOYHC9u\")."
      },
      "Limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 20,
        "description": "How many items a page holds, 20 when absent. Inferred: at most 100."
      },
      "CreateChatRequest": {
        "type": "object",
        "description": "A new chat. Unknown properties are rejected (`additionalProperties: false`, a mock decision so that client typos are caught).",
        "additionalProperties": false,
        "required": [
          "members"
        ],
        "properties": {
          "members": {
            "type": "array",
            "description": "Array of worker IDs to add to the chat: the other workers. The worker in the path is added; a list that names it too is accepted. Inferred: every id must be a known worker and at least one must be another worker than the one in the path (400 otherwise); the list must not repeat an id.",
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "type": "string",
              "pattern": "^[0-9]+$",
              "description": "Worker ID (a numeric string)."
            }
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "Chat name. Inferred: must not be empty; when left out, the chat is named after its members' full names, the creator first, joined by \", \"."
          }
        }
      },
      "EditChatRequest": {
        "type": "object",
        "description": "Changes to a chat. Both fields are optional; a field that is left out stays unchanged. Unknown properties are rejected (`additionalProperties: false`, a mock decision so that client typos are caught).",
        "additionalProperties": false,
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "New chat name. Inferred: must not be empty."
          },
          "members": {
            "type": "array",
            "description": "Updated array of worker IDs; replaces the current member list. Inferred: every id must be a known worker (400 otherwise), the list must not be empty or repeat an id, and it must include the worker in the path.",
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "type": "string",
              "pattern": "^[0-9]+$",
              "description": "Worker ID (a numeric string)."
            }
          }
        }
      },
      "SendMessageRequest": {
        "type": "object",
        "description": "A message to send. Unknown properties are rejected (`additionalProperties: false`, a mock decision so that client typos are caught).",
        "additionalProperties": false,
        "required": [
          "message"
        ],
        "properties": {
          "message": {
            "type": "string",
            "minLength": 1,
            "description": "Message content to send. Inferred: must not be empty."
          }
        }
      },
      "Flag": {
        "description": "A 0/1 flag. The vendor's schema says integer in 0..1, while the vendor's real examples send the strings \"0\" and \"1\". The mock sends the strings; this spec accepts both forms.",
        "anyOf": [
          {
            "type": "integer",
            "minimum": 0,
            "maximum": 1
          },
          {
            "type": "string",
            "enum": [
              "0",
              "1"
            ]
          }
        ]
      },
      "Count": {
        "description": "A non-negative count. The vendor's schema says integer >= 0, while the vendor's real examples send a numeric string (e.g. \"0\"). The mock sends the string; this spec accepts both forms.",
        "anyOf": [
          {
            "type": "integer",
            "minimum": 0
          },
          {
            "type": "string",
            "pattern": "^[0-9]+$"
          }
        ]
      },
      "ChatMember": {
        "type": "object",
        "additionalProperties": false,
        "description": "A member of a chat.",
        "required": [
          "id",
          "name_first",
          "name_last",
          "selected_picture_location"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Worker ID of the member."
          },
          "name_first": {
            "type": "string",
            "description": "First name of the member."
          },
          "name_last": {
            "type": "string",
            "description": "Last name of the member."
          },
          "selected_picture_location": {
            "type": "string",
            "description": "Profile picture location of the member (e.g. \"example/1\")."
          }
        }
      },
      "ChatListItem": {
        "type": "object",
        "additionalProperties": false,
        "description": "A chat as Get Chats lists it, seen from the worker in the path: the chat's fields without its members, plus `auto_add_workers` and `event_id`.",
        "required": [
          "id",
          "auto_add_workers",
          "event_id",
          "chat_admin",
          "silenced",
          "on_chat",
          "date_created",
          "name",
          "most_recent_message_id",
          "locked",
          "last_message_timestamp",
          "message",
          "name_first",
          "selected_picture_location",
          "chats_order",
          "unread_count"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Chat ID."
          },
          "auto_add_workers": {
            "$ref": "#/components/schemas/Flag",
            "description": "Whether workers are added to the chat automatically (for a chat tied to an event). Documented as integer 0..1; the mock sends \"0\"/\"1\", like the other flags; both are accepted."
          },
          "event_id": {
            "type": [
              "string",
              "null"
            ],
            "description": "The event the chat belongs to. Inferred: null for a chat tied to no event."
          },
          "chat_admin": {
            "$ref": "#/components/schemas/Flag",
            "description": "Whether the worker in the path is the chat admin."
          },
          "silenced": {
            "$ref": "#/components/schemas/Flag",
            "description": "Whether the chat is silenced for the worker in the path."
          },
          "on_chat": {
            "$ref": "#/components/schemas/Flag",
            "description": "Whether the worker in the path is on the chat."
          },
          "date_created": {
            "type": "string",
            "format": "date-time",
            "description": "When the chat was created."
          },
          "name": {
            "type": "string",
            "description": "Chat name."
          },
          "most_recent_message_id": {
            "type": [
              "string",
              "null"
            ],
            "description": "ID of the most recent message; null when the chat has no messages."
          },
          "locked": {
            "$ref": "#/components/schemas/Flag",
            "description": "Whether the chat is locked."
          },
          "last_message_timestamp": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the most recent message was sent; null when the chat has no messages."
          },
          "message": {
            "type": [
              "string",
              "null"
            ],
            "description": "Preview of the most recent message; null when the chat has no messages."
          },
          "name_first": {
            "type": [
              "string",
              "null"
            ],
            "description": "First name of the sender of the most recent message; null when the chat has no messages."
          },
          "selected_picture_location": {
            "type": [
              "string",
              "null"
            ],
            "description": "Profile picture location of the sender of the most recent message; null when the chat has no messages."
          },
          "chats_order": {
            "type": "string",
            "format": "date-time",
            "description": "Sort timestamp for chat ordering (the time the chat was created, in the mock)."
          },
          "unread_count": {
            "$ref": "#/components/schemas/Count",
            "description": "Number of messages the worker in the path has not read."
          }
        }
      },
      "ChatList": {
        "type": "object",
        "additionalProperties": false,
        "description": "A page of chats.",
        "required": [
          "chats",
          "has_more"
        ],
        "properties": {
          "chats": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ChatListItem"
            }
          },
          "has_more": {
            "type": "boolean",
            "description": "Whether there are more chats available beyond this page."
          }
        }
      },
      "Chat": {
        "type": "object",
        "additionalProperties": false,
        "description": "A chat with its members, seen from the worker in the path: `chat_admin`, `silenced`, `on_chat` and `unread_count` are that worker's values. The fields about the most recent message are null while the chat has no messages.",
        "required": [
          "id",
          "name",
          "chat_admin",
          "silenced",
          "on_chat",
          "locked",
          "date_created",
          "most_recent_message_id",
          "last_message_timestamp",
          "message",
          "name_first",
          "selected_picture_location",
          "chats_order",
          "unread_count",
          "members"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Chat ID."
          },
          "name": {
            "type": "string",
            "description": "Chat name."
          },
          "chat_admin": {
            "$ref": "#/components/schemas/Flag",
            "description": "Whether the worker in the path is the chat admin. Documented as integer 0..1; the real examples (and the mock) send \"0\"/\"1\"; both are accepted."
          },
          "silenced": {
            "$ref": "#/components/schemas/Flag",
            "description": "Whether the chat is silenced for the worker in the path. Documented as integer 0..1; the real examples (and the mock) send \"0\"/\"1\"; both are accepted."
          },
          "on_chat": {
            "$ref": "#/components/schemas/Flag",
            "description": "Whether the worker in the path is on the chat. Documented as integer 0..1; the real examples (and the mock) send \"0\"/\"1\"; both are accepted."
          },
          "locked": {
            "$ref": "#/components/schemas/Flag",
            "description": "Whether the chat is locked. Documented as integer 0..1; the real examples (and the mock) send \"0\"/\"1\"; both are accepted."
          },
          "date_created": {
            "type": "string",
            "format": "date-time",
            "description": "When the chat was created."
          },
          "most_recent_message_id": {
            "type": [
              "string",
              "null"
            ],
            "description": "ID of the most recent message; null when the chat has no messages."
          },
          "last_message_timestamp": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the most recent message was sent; null when the chat has no messages."
          },
          "message": {
            "type": [
              "string",
              "null"
            ],
            "description": "Preview of the most recent message; null when the chat has no messages."
          },
          "name_first": {
            "type": [
              "string",
              "null"
            ],
            "description": "First name of the sender of the most recent message; null when the chat has no messages."
          },
          "selected_picture_location": {
            "type": [
              "string",
              "null"
            ],
            "description": "Profile picture location of the sender of the most recent message; null when the chat has no messages."
          },
          "chats_order": {
            "type": "string",
            "format": "date-time",
            "description": "Timestamp used to order chats (equal to `date_created` in the docs' example of a chat without messages, and in the mock)."
          },
          "unread_count": {
            "$ref": "#/components/schemas/Count",
            "description": "Number of messages the worker in the path has not read. Documented as integer >= 0; the real examples (and the mock) send a numeric string (\"0\"); both are accepted."
          },
          "members": {
            "type": "array",
            "description": "Members of the chat, in the order they joined.",
            "items": {
              "$ref": "#/components/schemas/ChatMember"
            }
          }
        }
      },
      "ChatMessage": {
        "type": "object",
        "additionalProperties": false,
        "description": "A message of a chat, seen from the worker in the path (`read` is that worker's).",
        "required": [
          "id",
          "message",
          "sender_id",
          "sender_name",
          "date_created",
          "read"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Message ID."
          },
          "message": {
            "type": "string",
            "description": "Message content."
          },
          "sender_id": {
            "type": "string",
            "description": "ID of the message sender (a worker)."
          },
          "sender_name": {
            "type": "string",
            "description": "Name of the message sender (first and last name)."
          },
          "date_created": {
            "type": "string",
            "format": "date-time",
            "description": "Timestamp when the message was sent."
          },
          "read": {
            "type": "string",
            "enum": [
              "0",
              "1"
            ],
            "description": "Whether the worker in the path has read the message (\"1\") or not (\"0\"). Inferred: a message is read for its sender from the start, and for another member once that member has fetched it through Get Chat Messages."
          }
        }
      },
      "ChatMessageList": {
        "type": "object",
        "additionalProperties": false,
        "description": "A page of a chat's messages.",
        "required": [
          "messages",
          "has_more"
        ],
        "properties": {
          "messages": {
            "type": "array",
            "description": "List of chat messages.",
            "items": {
              "$ref": "#/components/schemas/ChatMessage"
            }
          },
          "has_more": {
            "type": "boolean",
            "description": "Whether there are more messages available beyond this page."
          }
        }
      },
      "Problem": {
        "type": "object",
        "additionalProperties": false,
        "description": "RFC 9457 problem details. Inferred: the vendor documents no error body, so the mock uses this shape.",
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
            "description": "The rule that failed (e.g. a JSON Schema keyword such as `required` or `pattern`)."
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
                  "detail": "Failed to insert into roosted chat views: it holds its limit of 1000000 records. Reset the store or raise the limit (recordLimit)."
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
        "description": "Inferred: the request is invalid (a query parameter the operation does not take the way it is sent, or a `Prefer` header asking for an undeclared status or example). Every violation is listed in `issues`.",
        "x-mock": "not example-reachable",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "prefer-unknown-status": {
                "summary": "A Prefer header asking for a status the operation does not declare",
                "x-chatmock-request": {
                  "method": "GET",
                  "path": "/workers/3158/chats/yJjarB5xUW",
                  "headers": {
                    "prefer": "code=418"
                  }
                },
                "value": {
                  "type": "about:blank",
                  "title": "Bad Request",
                  "status": 400,
                  "detail": "Prefer: code=418 is not declared for getWorkerChat; declared: 200, 400, 401, 404, 414, 500",
                  "issues": [
                    {
                      "location": "header",
                      "pointer": "/prefer",
                      "keyword": "prefer",
                      "message": "Prefer: code=418 is not declared for getWorkerChat; declared: 200, 400, 401, 404, 414, 500"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "BadBody": {
        "description": "Inferred: the body is invalid or malformed JSON. Every violation is listed in `issues`.",
        "x-mock": "not example-reachable",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "missing-message": {
                "summary": "A body without `message`, with a misspelt field",
                "x-chatmock-request": {
                  "method": "POST",
                  "path": "/workers/3158/chats/yJjarB5xUW/messages",
                  "body": {
                    "text": "hi"
                  }
                },
                "value": {
                  "type": "about:blank",
                  "title": "Bad Request",
                  "status": 400,
                  "detail": "body field \"message\" is required; body field \"text\" is not allowed",
                  "issues": [
                    {
                      "location": "body",
                      "pointer": "/message",
                      "keyword": "required",
                      "message": "body field \"message\" is required"
                    },
                    {
                      "location": "body",
                      "pointer": "/text",
                      "keyword": "additionalProperties",
                      "message": "body field \"text\" is not allowed"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Inferred: neither an `X-API-KEY` header nor an `Authorization: Bearer` token was sent (the vendor's guide mentions 401 for a missing, malformed or expired token).",
        "x-mock": "not example-reachable",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "missing-credentials": {
                "summary": "No credentials",
                "x-chatmock-request": {
                  "method": "GET",
                  "path": "/workers/3158/chats",
                  "credentials": false
                },
                "value": {
                  "type": "about:blank",
                  "title": "Unauthorized",
                  "status": 401,
                  "detail": "credentials are required: send X-API-KEY: <key> or Authorization: Bearer <token>.",
                  "issues": [
                    {
                      "location": "security",
                      "pointer": "",
                      "keyword": "security",
                      "message": "credentials are required: send X-API-KEY: <key> or Authorization: Bearer <token>."
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "WorkerNotFound": {
        "description": "Inferred: there is no worker with the id in the path.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "not-found": {
                "summary": "Unknown worker",
                "value": {
                  "type": "about:blank",
                  "title": "Not Found",
                  "status": 404,
                  "detail": "worker \"999999\" does not exist"
                }
              }
            }
          }
        }
      },
      "ChatNotFound": {
        "description": "Inferred: the worker or the chat does not exist, or the worker in the path is not a member of the chat.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "not-found": {
                "summary": "Unknown chat",
                "value": {
                  "type": "about:blank",
                  "title": "Not Found",
                  "status": 404,
                  "detail": "worker \"3158\" has no chat \"zzzzzzzzzz\": it does not exist, or the worker is not one of its members"
                }
              },
              "not-a-member": {
                "summary": "A chat the worker is not a member of",
                "value": {
                  "type": "about:blank",
                  "title": "Not Found",
                  "status": 404,
                  "detail": "worker \"4000\" has no chat \"yJjarB5xUW\": it does not exist, or the worker is not one of its members"
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
                  "path": "/workers/3158/chats",
                  "contentType": "application/x-www-form-urlencoded",
                  "body": "members=4001"
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
