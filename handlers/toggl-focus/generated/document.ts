// Generated from specs/toggl-focus.yaml by scripts/generate-specs.ts. Do not edit: run "npm run gen".
import type { OpenAPIV3_1 } from 'openapi-types'

export const document = {
  "openapi": "3.1.0",
  "info": {
    "title": "Toggl Focus chats",
    "version": "1.0.0-chatmock",
    "contact": {
      "name": "Toggl Focus API documentation",
      "url": "https://engineering.toggl.com/docs/focus/chats"
    },
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    },
    "description": "The chats of Toggl Focus, as documented at engineering.toggl.com/docs/focus/chats, written down\nfor chatmock. Where the docs are silent or contradict the real service, this spec follows the\nreal service and says so; where the behaviour is the mock's own choice, the operation carries\nan `x-mock` note.\n\n- Auth: `Authorization: Basic …` (the docs' code samples) or `Authorization: Bearer …` (the\n  vendor's auth page) are both accepted; missing or malformed credentials get 401.\n- Workspaces are isolated: a chat of workspace 1 does not exist in workspace 2.\n- Lists start at page 1; `per_page` defaults to 20 and is at most 100.\n- Delete is a soft delete (`deleted_at` is set); restore clears it.\n- There is no endpoint that creates a message; `message_count` always equals the number of\n  messages of the chat.\n- Errors have the shape seen from the real service: `{ error, error_description, trace_id }`.\n- Quotas (the API overview): over quota, a request gets 402 Payment Required with\n  `X-Toggl-Quota-Remaining` and `X-Toggl-Quota-Resets-In`. The mock counts a quota per\n  workspace only while one is set (settings `quota`, see the README); every answer to an\n  operation of that workspace then carries both headers. Without a quota it sends neither.\n- Real time: `GET …/messages/stream` with `Accept: text/event-stream` answers Server-Sent\n  Events, described in toggl-focus.asyncapi.yaml beside this document.\n- Comma-separated lists (`x-chatmock-comma-separated` on a parameter): `order_by` is an\n  exploded form array, so OpenAPI reads it from repeated keys only (`order_by=name&order_by=-id`);\n  the mock also splits each value on commas (`order_by=name,-id`), as the real service does.\n"
  },
  "x-chatmock-quota": {
    "scope": "workspace_id",
    "status": 402,
    "remainingHeader": "X-Toggl-Quota-Remaining",
    "resetsInHeader": "X-Toggl-Quota-Resets-In"
  },
  "x-chatmock-actions": {
    "assistantReply": {
      "summary": "The assistant answers in a chat: a message with role `assistant`, in one piece or streamed in chunks (each chunk a `message.updated` event carrying the whole text so far; the last one has `complete: true`). Resolves to the finished message.",
      "input": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "workspace_id",
          "chat_id",
          "text"
        ],
        "properties": {
          "workspace_id": {
            "$ref": "#/components/schemas/Id"
          },
          "chat_id": {
            "$ref": "#/components/schemas/Id"
          },
          "text": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100000,
            "description": "The whole answer."
          },
          "chunks": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100,
            "default": 1,
            "description": "In how many pieces the answer arrives (split at word boundaries where it can)."
          },
          "chunkIntervalMs": {
            "type": "integer",
            "minimum": 0,
            "maximum": 10000,
            "default": 50,
            "description": "The time between two chunks."
          }
        }
      }
    }
  },
  "servers": [
    {
      "url": "https://focus.toggl.com/api",
      "description": "Toggl Focus public API (documented server URL)"
    }
  ],
  "security": [
    {
      "basicAuth": []
    },
    {
      "bearerAuth": []
    }
  ],
  "tags": [
    {
      "name": "Chats",
      "description": "Chats of a workspace."
    },
    {
      "name": "Messages",
      "description": "Messages of a chat. They are written by the service; clients read them and give feedback."
    }
  ],
  "paths": {
    "/workspaces/{workspace_id}/chats": {
      "get": {
        "operationId": "listChats",
        "tags": [
          "Chats"
        ],
        "summary": "List chats",
        "description": "Lists the chats of a workspace that are not deleted, a page at a time, optionally filtered by name and ordered by one or more fields.",
        "x-mock": "`name` matches a case-insensitive substring of the chat name. Without `order_by` chats come in id order. A workspace with no chats answers an empty page.",
        "parameters": [
          {
            "name": "workspace_id",
            "in": "path",
            "required": true,
            "description": "workspace ID",
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "first-page": {
                "summary": "Workspace 1, with 23 chats that are not deleted",
                "value": 1
              },
              "empty": {
                "summary": "A workspace without chats",
                "value": 4
              }
            }
          },
          {
            "$ref": "#/components/parameters/Page"
          },
          {
            "$ref": "#/components/parameters/PerPage"
          },
          {
            "name": "name",
            "in": "query",
            "description": "Keeps the chats whose name contains this text, ignoring case.",
            "schema": {
              "type": "string"
            }
          },
          {
            "$ref": "#/components/parameters/ChatOrderBy"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of chats.",
            "headers": {
              "X-Toggl-Quota-Remaining": {
                "$ref": "#/components/headers/QuotaRemaining"
              },
              "X-Toggl-Quota-Resets-In": {
                "$ref": "#/components/headers/QuotaResetsIn"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChatList"
                },
                "examples": {
                  "first-page": {
                    "summary": "The first page of workspace 1",
                    "value": {
                      "data": [
                        {
                          "id": 1,
                          "workspace_id": 1,
                          "toggl_user_id": 1002,
                          "name": "Quarterly planning",
                          "message_count": 6,
                          "created_at": "2024-03-01T10:00:00.000Z",
                          "updated_at": "2024-03-01T10:30:00.000Z",
                          "deleted_at": null
                        }
                      ],
                      "page": 1,
                      "per_page": 20
                    }
                  },
                  "empty": {
                    "summary": "A workspace without chats",
                    "value": {
                      "data": [],
                      "page": 1,
                      "per_page": 20
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
          "402": {
            "$ref": "#/components/responses/QuotaExceeded"
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
        "operationId": "createChat",
        "tags": [
          "Chats"
        ],
        "summary": "Create a chat",
        "description": "Creates a chat with the given name in a workspace. The chat belongs to the user whose credentials made the request.",
        "x-mock": "The created chat's `toggl_user_id` is the user that the credential maps to (see the README).",
        "parameters": [
          {
            "name": "workspace_id",
            "in": "path",
            "required": true,
            "description": "workspace ID",
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' own workspace",
                "value": 1
              }
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ChatInput"
              },
              "examples": {
                "docs-example": {
                  "summary": "The docs' own request body",
                  "value": {
                    "name": "string"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "chat created successfully. Inferred: the body is the created chat (the docs show none; a client needs its id).",
            "headers": {
              "X-Toggl-Quota-Remaining": {
                "$ref": "#/components/headers/QuotaRemaining"
              },
              "X-Toggl-Quota-Resets-In": {
                "$ref": "#/components/headers/QuotaResetsIn"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Chat"
                },
                "examples": {
                  "docs-example": {
                    "summary": "The chat created from the docs' own request body",
                    "value": {
                      "id": 30,
                      "workspace_id": 1,
                      "toggl_user_id": 1001,
                      "name": "string",
                      "message_count": 0,
                      "created_at": "2024-03-02T10:00:00.000Z",
                      "updated_at": "2024-03-02T10:00:00.000Z",
                      "deleted_at": null
                    }
                  }
                }
              }
            },
            "links": {
              "GetChat": {
                "operationId": "getChat",
                "parameters": {
                  "workspace_id": "$request.path.workspace_id",
                  "chat_id": "$response.body#/id"
                }
              },
              "UpdateChat": {
                "operationId": "updateChat",
                "parameters": {
                  "workspace_id": "$request.path.workspace_id",
                  "chat_id": "$response.body#/id"
                }
              },
              "DeleteChat": {
                "operationId": "deleteChat",
                "parameters": {
                  "workspace_id": "$request.path.workspace_id",
                  "chat_id": "$response.body#/id"
                }
              },
              "RestoreChat": {
                "operationId": "restoreChat",
                "parameters": {
                  "workspace_id": "$request.path.workspace_id",
                  "chat_id": "$response.body#/id"
                }
              },
              "ListChatMessages": {
                "operationId": "listChatMessages",
                "parameters": {
                  "workspace_id": "$request.path.workspace_id",
                  "chat_id": "$response.body#/id"
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
          "402": {
            "$ref": "#/components/responses/QuotaExceeded"
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
    "/workspaces/{workspace_id}/chats/{chat_id}": {
      "get": {
        "operationId": "getChat",
        "tags": [
          "Chats"
        ],
        "summary": "Get a chat",
        "description": "Returns one chat of the workspace. A deleted chat is still returned, with `deleted_at` set.",
        "parameters": [
          {
            "name": "workspace_id",
            "in": "path",
            "required": true,
            "description": "workspace ID",
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "chat": {
                "value": 1
              },
              "deleted": {
                "value": 1
              },
              "not-found": {
                "value": 1
              }
            }
          },
          {
            "name": "chat_id",
            "in": "path",
            "required": true,
            "description": "chat ID",
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "chat": {
                "summary": "A chat with six messages",
                "value": 1
              },
              "deleted": {
                "summary": "A soft-deleted chat",
                "value": 3
              },
              "not-found": {
                "summary": "No such chat",
                "value": 999999
              }
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The chat.",
            "headers": {
              "X-Toggl-Quota-Remaining": {
                "$ref": "#/components/headers/QuotaRemaining"
              },
              "X-Toggl-Quota-Resets-In": {
                "$ref": "#/components/headers/QuotaResetsIn"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Chat"
                },
                "examples": {
                  "chat": {
                    "summary": "A chat with messages",
                    "value": {
                      "id": 1,
                      "workspace_id": 1,
                      "toggl_user_id": 1002,
                      "name": "Quarterly planning",
                      "message_count": 6,
                      "created_at": "2024-03-01T10:00:00.000Z",
                      "updated_at": "2024-03-01T10:30:00.000Z",
                      "deleted_at": null
                    }
                  },
                  "deleted": {
                    "summary": "A soft-deleted chat",
                    "value": {
                      "id": 3,
                      "workspace_id": 1,
                      "toggl_user_id": 1002,
                      "name": "Old ideas",
                      "message_count": 0,
                      "created_at": "2024-03-01T12:00:00.000Z",
                      "updated_at": "2024-03-01T12:30:00.000Z",
                      "deleted_at": "2024-03-01T13:00:00.000Z"
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
          "402": {
            "$ref": "#/components/responses/QuotaExceeded"
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
      "put": {
        "operationId": "updateChat",
        "tags": [
          "Chats"
        ],
        "summary": "Update a chat",
        "description": "Renames a chat. A deleted chat cannot be updated until it is restored.",
        "x-mock": "A deleted chat answers 404. `updated_at` is set to the time of the update. Credentials are optional here: the docs' own samples for this operation send none (a defect of their code templates), and the docs' examples must work verbatim against the mock. A request with credentials is still checked like any other.",
        "security": [
          {
            "basicAuth": []
          },
          {
            "bearerAuth": []
          },
          {}
        ],
        "parameters": [
          {
            "name": "workspace_id",
            "in": "path",
            "required": true,
            "description": "workspace ID",
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "renamed": {
                "summary": "Workspace 2, whose chats the named sets may change",
                "value": 2
              },
              "not-found": {
                "value": 1
              }
            }
          },
          {
            "name": "chat_id",
            "in": "path",
            "required": true,
            "description": "chat ID",
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "renamed": {
                "summary": "A chat of workspace 2",
                "value": 25
              },
              "not-found": {
                "summary": "No such chat",
                "value": 999999
              }
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ChatInput"
              },
              "examples": {
                "renamed": {
                  "summary": "A new name",
                  "value": {
                    "name": "Launch retrospective"
                  }
                },
                "not-found": {
                  "summary": "A new name for a chat that does not exist",
                  "value": {
                    "name": "Launch retrospective"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "204": {
            "description": "No Content",
            "headers": {
              "X-Toggl-Quota-Remaining": {
                "$ref": "#/components/headers/QuotaRemaining"
              },
              "X-Toggl-Quota-Resets-In": {
                "$ref": "#/components/headers/QuotaResetsIn"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/QuotaExceeded"
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
          }
        }
      },
      "delete": {
        "operationId": "deleteChat",
        "tags": [
          "Chats"
        ],
        "summary": "Delete a chat",
        "description": "Soft-deletes a chat. It leaves the list, can still be read by id, and can be restored.",
        "x-mock": "Deleting a chat that is already deleted answers 404, as updating it does.",
        "parameters": [
          {
            "name": "workspace_id",
            "in": "path",
            "required": true,
            "description": "workspace ID",
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "deleted": {
                "summary": "Workspace 2, whose chats the named sets may change",
                "value": 2
              },
              "not-found": {
                "value": 1
              }
            }
          },
          {
            "name": "chat_id",
            "in": "path",
            "required": true,
            "description": "chat ID",
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "deleted": {
                "summary": "A chat of workspace 2 that no other set reads",
                "value": 26
              },
              "not-found": {
                "summary": "No such chat",
                "value": 999999
              }
            }
          }
        ],
        "responses": {
          "204": {
            "description": "No Content",
            "headers": {
              "X-Toggl-Quota-Remaining": {
                "$ref": "#/components/headers/QuotaRemaining"
              },
              "X-Toggl-Quota-Resets-In": {
                "$ref": "#/components/headers/QuotaResetsIn"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/QuotaExceeded"
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
      }
    },
    "/workspaces/{workspace_id}/chats/{chat_id}/restore": {
      "patch": {
        "operationId": "restoreChat",
        "tags": [
          "Chats"
        ],
        "summary": "Restore a chat",
        "description": "Brings a deleted chat back by clearing `deleted_at`. Restoring a chat that is not deleted changes nothing.",
        "parameters": [
          {
            "name": "workspace_id",
            "in": "path",
            "required": true,
            "description": "workspace ID",
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "restored": {
                "summary": "Workspace 2, whose chats the named sets may change",
                "value": 2
              },
              "not-found": {
                "value": 1
              }
            }
          },
          {
            "name": "chat_id",
            "in": "path",
            "required": true,
            "description": "chat ID",
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "restored": {
                "summary": "A deleted chat of workspace 2",
                "value": 29
              },
              "not-found": {
                "summary": "No such chat",
                "value": 999999
              }
            }
          }
        ],
        "responses": {
          "204": {
            "description": "No Content",
            "headers": {
              "X-Toggl-Quota-Remaining": {
                "$ref": "#/components/headers/QuotaRemaining"
              },
              "X-Toggl-Quota-Resets-In": {
                "$ref": "#/components/headers/QuotaResetsIn"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/QuotaExceeded"
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
      }
    },
    "/workspaces/{workspace_id}/chats/{chat_id}/messages": {
      "get": {
        "operationId": "listChatMessages",
        "tags": [
          "Messages"
        ],
        "summary": "List the messages of a chat",
        "description": "Lists the messages of a chat a page at a time, ordered by one or more fields.",
        "x-mock": "Without `order_by` messages come in id order. An unknown chat answers 404.",
        "parameters": [
          {
            "name": "workspace_id",
            "in": "path",
            "required": true,
            "description": "workspace ID",
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "first-page": {
                "value": 1
              },
              "not-found": {
                "value": 1
              }
            }
          },
          {
            "name": "chat_id",
            "in": "path",
            "required": true,
            "description": "chat ID",
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "first-page": {
                "summary": "A chat with six messages",
                "value": 1
              },
              "not-found": {
                "summary": "No such chat",
                "value": 999999
              }
            }
          },
          {
            "$ref": "#/components/parameters/Page"
          },
          {
            "$ref": "#/components/parameters/PerPage"
          },
          {
            "$ref": "#/components/parameters/MessageOrderBy"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of messages.",
            "headers": {
              "X-Toggl-Quota-Remaining": {
                "$ref": "#/components/headers/QuotaRemaining"
              },
              "X-Toggl-Quota-Resets-In": {
                "$ref": "#/components/headers/QuotaResetsIn"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChatMessageList"
                },
                "examples": {
                  "first-page": {
                    "summary": "The first page of a chat's messages",
                    "value": {
                      "data": [
                        {
                          "id": 1,
                          "chat_id": 1,
                          "workspace_id": 1,
                          "role": "user",
                          "content": {
                            "text": "What is on the agenda?"
                          },
                          "feedback_message": null,
                          "feedback_type": null,
                          "created_at": "2024-03-01T10:01:00.000Z",
                          "updated_at": "2024-03-01T10:01:00.000Z"
                        }
                      ],
                      "page": 1,
                      "per_page": 20
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
          "402": {
            "$ref": "#/components/responses/QuotaExceeded"
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
      }
    },
    "/workspaces/{workspace_id}/chats/{chat_id}/messages/stream": {
      "get": {
        "operationId": "streamChatMessages",
        "tags": [
          "Messages"
        ],
        "security": [
          {
            "basicAuth": []
          },
          {
            "bearerAuth": []
          },
          {
            "streamToken": []
          }
        ],
        "summary": "List all messages of a chat at once",
        "description": "Returns every message of a chat in one response, ordered by one or more fields.",
        "x-mock": "The docs show only JSON: the mock answers plain JSON `{ items: [...] }` with every message of the chat. With `Accept: text/event-stream` it answers Server-Sent Events instead (the docs do not show them): the chat's messages as `message.created` events (honouring `order_by`), then each new or updated message of the chat as it happens, until the client goes away. `id:` lines number the chat's events (1, 2, 3…, not message ids); a client that reconnects with `Last-Event-ID` gets the events it missed. The events are described in toggl-focus.asyncapi.yaml. An unknown chat answers 404.",
        "parameters": [
          {
            "name": "workspace_id",
            "in": "path",
            "required": true,
            "description": "workspace ID",
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "items": {
                "value": 1
              },
              "not-found": {
                "value": 1
              }
            }
          },
          {
            "name": "chat_id",
            "in": "path",
            "required": true,
            "description": "chat ID",
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "items": {
                "summary": "A chat with six messages",
                "value": 1
              },
              "not-found": {
                "summary": "No such chat",
                "value": 999999
              }
            }
          },
          {
            "$ref": "#/components/parameters/MessageOrderBy"
          },
          {
            "name": "Last-Event-ID",
            "in": "header",
            "required": false,
            "description": "With `Accept: text/event-stream`: the `id:` of the last event a reconnecting client received (EventSource sends it by itself); the stream resumes after it.",
            "x-mock": "The docs do not show the event stream; this header is the SSE standard's.",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 9007199254740991
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Every message of the chat.",
            "headers": {
              "X-Toggl-Quota-Remaining": {
                "$ref": "#/components/headers/QuotaRemaining"
              },
              "X-Toggl-Quota-Resets-In": {
                "$ref": "#/components/headers/QuotaResetsIn"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChatMessageStream"
                },
                "examples": {
                  "items": {
                    "summary": "The messages of a chat",
                    "value": {
                      "items": [
                        {
                          "id": 1,
                          "chat_id": 1,
                          "workspace_id": 1,
                          "role": "user",
                          "content": {
                            "text": "What is on the agenda?"
                          },
                          "feedback_message": null,
                          "feedback_type": null,
                          "created_at": "2024-03-01T10:01:00.000Z",
                          "updated_at": "2024-03-01T10:01:00.000Z"
                        }
                      ]
                    }
                  }
                }
              },
              "text/event-stream": {
                "x-mock": "Not in the docs. Sent when the request's `Accept` names `text/event-stream`; the events (`message.created`, `message.updated`) are in toggl-focus.asyncapi.yaml.",
                "schema": {
                  "type": "string",
                  "description": "Server-Sent Events, one `event:` and one `data:` line (JSON) each."
                },
                "example": "event: message.created\ndata: {\"message\":{\"id\":1,\"chat_id\":1,\"workspace_id\":1,\"role\":\"user\",\"content\":{\"text\":\"What is on the agenda?\"},\"feedback_message\":null,\"feedback_type\":null,\"created_at\":\"2024-03-01T10:01:00.000Z\",\"updated_at\":\"2024-03-01T10:01:00.000Z\"},\"complete\":true}\n\n"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/QuotaExceeded"
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
      }
    },
    "/workspaces/{workspace_id}/chats/{chat_id}/messages/{chat_message_id}": {
      "patch": {
        "operationId": "updateChatMessage",
        "tags": [
          "Messages"
        ],
        "summary": "Update a message",
        "description": "Replaces the fields of a message that the body gives (its content or the user's feedback on it), leaving the others as they are.",
        "x-mock": "`updated_at` is set to the time of the update. An unknown chat or message answers 404.",
        "parameters": [
          {
            "name": "workspace_id",
            "in": "path",
            "required": true,
            "description": "workspace ID",
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "docs-example": {
                "summary": "Workspace 2, whose messages the named sets may change",
                "value": 2
              },
              "thumbs-up": {
                "value": 2
              },
              "not-found": {
                "value": 1
              }
            }
          },
          {
            "name": "chat_id",
            "in": "path",
            "required": true,
            "description": "chat ID",
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "docs-example": {
                "value": 25
              },
              "thumbs-up": {
                "value": 28
              },
              "not-found": {
                "value": 1
              }
            }
          },
          {
            "name": "chat_message_id",
            "in": "path",
            "required": true,
            "description": "message ID",
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "docs-example": {
                "summary": "A message of chat 25",
                "value": 50
              },
              "thumbs-up": {
                "summary": "A message of chat 28",
                "value": 55
              },
              "not-found": {
                "summary": "No such message in chat 1",
                "value": 999999
              }
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ChatMessagePatch"
              },
              "examples": {
                "docs-example": {
                  "summary": "The docs' own request body",
                  "value": {
                    "content": {},
                    "feedback_message": "string",
                    "feedback_type": "string"
                  }
                },
                "thumbs-up": {
                  "summary": "Positive feedback on an answer",
                  "value": {
                    "feedback_type": "positive",
                    "feedback_message": "Exactly what I needed"
                  }
                },
                "not-found": {
                  "summary": "Feedback on a message that does not exist",
                  "value": {
                    "feedback_type": "positive"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "204": {
            "description": "No Content",
            "headers": {
              "X-Toggl-Quota-Remaining": {
                "$ref": "#/components/headers/QuotaRemaining"
              },
              "X-Toggl-Quota-Resets-In": {
                "$ref": "#/components/headers/QuotaResetsIn"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/QuotaExceeded"
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
    }
  },
  "components": {
    "securitySchemes": {
      "basicAuth": {
        "type": "http",
        "scheme": "basic",
        "description": "`email:password`, as in the docs' code samples."
      },
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "An API key (`toggl_sk_…`), as the vendor's authentication page says."
      },
      "streamToken": {
        "type": "apiKey",
        "in": "query",
        "name": "access_token",
        "description": "The API key as a query parameter, on the message stream only.",
        "x-mock": "Not in the docs. A browser's own EventSource cannot send an Authorization header, so the mock also accepts the API key as `?access_token=` on the event stream."
      }
    },
    "parameters": {
      "Page": {
        "name": "page",
        "in": "query",
        "description": "page number, starting at 1. Inferred.",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 9007199254740991,
          "default": 1
        }
      },
      "PerPage": {
        "name": "per_page",
        "in": "query",
        "description": "results per page. Inferred: at most 100 (the real service refuses 200), 20 when absent.",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 20
        }
      },
      "ChatOrderBy": {
        "name": "order_by",
        "in": "query",
        "description": "order by. Field names; a leading `-` means descending. Repeat the key (`order_by=name&order_by=-id`) or separate the fields with commas. Inferred: the fields allowed are those of the chat listed here; any other is refused with 400.",
        "style": "form",
        "explode": true,
        "x-chatmock-comma-separated": true,
        "schema": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/ChatOrderField"
          }
        }
      },
      "MessageOrderBy": {
        "name": "order_by",
        "in": "query",
        "description": "order by. Field names; a leading `-` means descending. Repeat the key or separate the fields with commas. Inferred: the fields allowed are those listed here; any other is refused with 400.",
        "style": "form",
        "explode": true,
        "x-chatmock-comma-separated": true,
        "schema": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/MessageOrderField"
          }
        }
      }
    },
    "headers": {
      "QuotaRemaining": {
        "description": "Requests left in the current window (Toggl's API overview). The mock sends it while the workspace has a quota (settings `quota`), on every answer to an operation of that workspace; without one it sends no quota header.",
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 29
      },
      "QuotaResetsIn": {
        "description": "Seconds until the window ends and the quota is full again. Sent with X-Toggl-Quota-Remaining.",
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 1800
      }
    },
    "responses": {
      "QuotaExceeded": {
        "description": "Payment Required: the quota of the workspace is spent (Toggl's API overview: over quota answers 402, deliberately not 429, with both quota headers). Inferred: the body has the usual error shape.",
        "x-mock": "not example-reachable",
        "headers": {
          "X-Toggl-Quota-Remaining": {
            "description": "Always 0 here.",
            "required": true,
            "schema": {
              "type": "integer",
              "minimum": 0
            },
            "example": 0
          },
          "X-Toggl-Quota-Resets-In": {
            "description": "Seconds until the window ends and the quota is full again.",
            "required": true,
            "schema": {
              "type": "integer",
              "minimum": 0
            },
            "example": 1800
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "quota-exceeded": {
                "summary": "The quota of workspace 1 is spent",
                "value": {
                  "error": "payment_required",
                  "error_description": "the request quota of workspace_id 1 is spent; it resets in 1800 s",
                  "trace_id": "7f3a9c0e5b2d4a1c8e6f0b9d3a5c7e16"
                }
              }
            }
          }
        }
      },
      "PayloadTooLarge": {
        "description": "Inferred: the body is larger than 1 MB, the most the mock reads.",
        "x-mock": "not example-reachable",
        "headers": {
          "X-Toggl-Quota-Remaining": {
            "$ref": "#/components/headers/QuotaRemaining"
          },
          "X-Toggl-Quota-Resets-In": {
            "$ref": "#/components/headers/QuotaResetsIn"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "payload-too-large": {
                "summary": "Payload Too Large",
                "value": {
                  "error": "payload_too_large",
                  "error_description": "the body is larger than 1048576 bytes",
                  "trace_id": "7f3a9c0e5b2d4a1c8e6f0b9d3a5c7e13"
                }
              }
            }
          }
        }
      },
      "UriTooLong": {
        "description": "Inferred: the URL is longer than 8 KB, the most the mock reads.",
        "x-mock": "not example-reachable",
        "headers": {
          "X-Toggl-Quota-Remaining": {
            "$ref": "#/components/headers/QuotaRemaining"
          },
          "X-Toggl-Quota-Resets-In": {
            "$ref": "#/components/headers/QuotaResetsIn"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "uri-too-long": {
                "summary": "URI Too Long",
                "value": {
                  "error": "uri_too_long",
                  "error_description": "the URL is longer than 8192 characters",
                  "trace_id": "7f3a9c0e5b2d4a1c8e6f0b9d3a5c7e14"
                }
              }
            }
          }
        }
      },
      "InsufficientStorage": {
        "description": "Inferred: a mock-only answer. The mock's store holds its record limit (--record-limit); reset the mock or raise the limit.",
        "x-mock": "not example-reachable",
        "headers": {
          "X-Toggl-Quota-Remaining": {
            "$ref": "#/components/headers/QuotaRemaining"
          },
          "X-Toggl-Quota-Resets-In": {
            "$ref": "#/components/headers/QuotaResetsIn"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "insufficient-storage": {
                "summary": "Insufficient Storage",
                "value": {
                  "error": "insufficient_storage",
                  "error_description": "Failed to insert into toggl-focus chats: it holds its limit of 1000000 records. Reset the store or raise the limit (recordLimit).",
                  "trace_id": "7f3a9c0e5b2d4a1c8e6f0b9d3a5c7e07"
                }
              }
            }
          }
        }
      },
      "BadRequest": {
        "description": "Invalid request",
        "x-mock": "not example-reachable",
        "headers": {
          "X-Toggl-Quota-Remaining": {
            "$ref": "#/components/headers/QuotaRemaining"
          },
          "X-Toggl-Quota-Resets-In": {
            "$ref": "#/components/headers/QuotaResetsIn"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "per-page": {
                "summary": "per_page above its maximum",
                "x-chatmock-request": {
                  "method": "GET",
                  "path": "/workspaces/1/chats?per_page=101"
                },
                "value": {
                  "error": "validation",
                  "error_description": "query parameter \"per_page\" must be <= 100 (got 101)",
                  "trace_id": "2cd9a01304b5d6362f6c282dfd21914f"
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Inferred: missing or malformed credentials (the vendor's auth page says a failed authentication answers 401).",
        "x-mock": "not example-reachable",
        "headers": {
          "X-Toggl-Quota-Remaining": {
            "$ref": "#/components/headers/QuotaRemaining"
          },
          "X-Toggl-Quota-Resets-In": {
            "$ref": "#/components/headers/QuotaResetsIn"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "missing": {
                "summary": "No Authorization header",
                "x-chatmock-request": {
                  "method": "GET",
                  "path": "/workspaces/1/chats",
                  "credentials": false
                },
                "value": {
                  "error": "unauthorized",
                  "error_description": "credentials are required: send Authorization: Basic <base64 of user:password> or Authorization: Bearer <token>.",
                  "trace_id": "7f3a9c0e5b2d4a1c8e6f0b9d3a5c7e11"
                }
              }
            }
          }
        }
      },
      "ChatNotFound": {
        "description": "chat does not exist",
        "headers": {
          "X-Toggl-Quota-Remaining": {
            "$ref": "#/components/headers/QuotaRemaining"
          },
          "X-Toggl-Quota-Resets-In": {
            "$ref": "#/components/headers/QuotaResetsIn"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "not-found": {
                "summary": "Unknown chat",
                "value": {
                  "error": "not_found",
                  "error_description": "chat does not exist",
                  "trace_id": "7f3a9c0e5b2d4a1c8e6f0b9d3a5c7e12"
                }
              }
            }
          }
        }
      },
      "MessageNotFound": {
        "description": "Inferred: the chat or the message does not exist (the docs document no 404 here).",
        "headers": {
          "X-Toggl-Quota-Remaining": {
            "$ref": "#/components/headers/QuotaRemaining"
          },
          "X-Toggl-Quota-Resets-In": {
            "$ref": "#/components/headers/QuotaResetsIn"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "not-found": {
                "summary": "Unknown message",
                "value": {
                  "error": "not_found",
                  "error_description": "chat message does not exist",
                  "trace_id": "7f3a9c0e5b2d4a1c8e6f0b9d3a5c7e13"
                }
              }
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "description": "Inferred: the body is not JSON (the API is JSON only).",
        "x-mock": "not example-reachable",
        "headers": {
          "X-Toggl-Quota-Remaining": {
            "$ref": "#/components/headers/QuotaRemaining"
          },
          "X-Toggl-Quota-Resets-In": {
            "$ref": "#/components/headers/QuotaResetsIn"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "unsupported": {
                "summary": "A form-encoded body",
                "x-chatmock-request": {
                  "method": "POST",
                  "path": "/workspaces/1/chats",
                  "contentType": "application/x-www-form-urlencoded",
                  "body": "name=Launch"
                },
                "value": {
                  "error": "unsupported_media_type",
                  "error_description": "header \"content-type\" must be application/json (got \"application/x-www-form-urlencoded\")",
                  "trace_id": "7f3a9c0e5b2d4a1c8e6f0b9d3a5c7e14"
                }
              }
            }
          }
        }
      },
      "InternalServerError": {
        "description": "Internal Server Error. The mock sends it only when a fault is asked for.",
        "x-mock": "not example-reachable",
        "headers": {
          "X-Toggl-Quota-Remaining": {
            "$ref": "#/components/headers/QuotaRemaining"
          },
          "X-Toggl-Quota-Resets-In": {
            "$ref": "#/components/headers/QuotaResetsIn"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "internal": {
                "summary": "A server fault",
                "value": {
                  "error": "internal",
                  "error_description": "Internal Server Error",
                  "trace_id": "7f3a9c0e5b2d4a1c8e6f0b9d3a5c7e15"
                }
              }
            }
          }
        }
      }
    },
    "schemas": {
      "Id": {
        "type": "integer",
        "minimum": 1,
        "maximum": 9007199254740991,
        "description": "A workspace, chat or message id. Inferred: at most 2^53 - 1, the largest integer the mock (a JavaScript program) holds exactly; a larger one is refused with 400."
      },
      "Chat": {
        "type": "object",
        "additionalProperties": false,
        "description": "A chat of a workspace.",
        "required": [
          "id",
          "workspace_id",
          "toggl_user_id",
          "name",
          "message_count",
          "created_at",
          "updated_at",
          "deleted_at"
        ],
        "properties": {
          "id": {
            "type": "integer",
            "readOnly": true
          },
          "workspace_id": {
            "type": "integer",
            "readOnly": true
          },
          "toggl_user_id": {
            "type": "integer",
            "description": "Inferred: the user that owns the chat (the one who created it).",
            "readOnly": true
          },
          "name": {
            "type": "string"
          },
          "message_count": {
            "type": "integer",
            "minimum": 0,
            "description": "The number of messages of the chat.",
            "readOnly": true
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "readOnly": true
          },
          "updated_at": {
            "type": "string",
            "format": "date-time",
            "readOnly": true
          },
          "deleted_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the chat was soft-deleted; null while it is not. Inferred: the docs type it as string.",
            "readOnly": true
          }
        }
      },
      "ChatInput": {
        "type": "object",
        "description": "The fields a client sets on a chat. Inferred: `name` is required and not empty. Unknown fields are refused (a mock decision, so that a client's typo is caught).",
        "additionalProperties": false,
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1
          }
        }
      },
      "ChatList": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "page",
          "per_page"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Chat"
            }
          },
          "page": {
            "type": "integer",
            "minimum": 1
          },
          "per_page": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100
          }
        }
      },
      "ChatOrderField": {
        "type": "string",
        "enum": [
          "id",
          "-id",
          "name",
          "-name",
          "created_at",
          "-created_at",
          "updated_at",
          "-updated_at",
          "message_count",
          "-message_count"
        ]
      },
      "ChatMessage": {
        "type": "object",
        "additionalProperties": false,
        "description": "A message of a chat, written by the user or by the assistant.",
        "required": [
          "id",
          "chat_id",
          "workspace_id",
          "role",
          "content",
          "feedback_message",
          "feedback_type",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "type": "integer",
            "readOnly": true
          },
          "chat_id": {
            "type": "integer",
            "readOnly": true
          },
          "workspace_id": {
            "type": "integer",
            "readOnly": true
          },
          "role": {
            "type": [
              "string",
              "object"
            ],
            "additionalProperties": true,
            "description": "Who wrote the message. The docs type it as an object and list no values; the mock sends `user` or `assistant`.",
            "readOnly": true
          },
          "content": {
            "$ref": "#/components/schemas/ChatMessageContent"
          },
          "feedback_message": {
            "type": [
              "string",
              "null"
            ],
            "description": "The user's comment on the message."
          },
          "feedback_type": {
            "type": [
              "string",
              "object",
              "null"
            ],
            "additionalProperties": true,
            "description": "The kind of feedback. The docs type it as an object in responses and as a nullable string in the update body; the mock sends what the update set (a string) or null."
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "readOnly": true
          },
          "updated_at": {
            "type": "string",
            "format": "date-time",
            "readOnly": true
          }
        }
      },
      "ChatMessageContent": {
        "type": "object",
        "additionalProperties": true,
        "description": "The message's content. The docs list no fields (the heading is empty). The mock's messages carry their text in `text`; other fields are accepted and kept as they are given.",
        "properties": {
          "text": {
            "type": "string",
            "description": "The text of the message."
          }
        }
      },
      "ChatMessageList": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "page",
          "per_page"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ChatMessage"
            }
          },
          "page": {
            "type": "integer",
            "minimum": 1
          },
          "per_page": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100
          }
        }
      },
      "ChatMessageStream": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ChatMessage"
            }
          }
        }
      },
      "ChatMessagePatch": {
        "type": "object",
        "description": "The fields to replace; absent fields are left as they are. Unknown fields are refused (a mock decision, so that a client's typo is caught).",
        "additionalProperties": false,
        "properties": {
          "content": {
            "$ref": "#/components/schemas/ChatMessageContent"
          },
          "feedback_message": {
            "type": [
              "string",
              "null"
            ]
          },
          "feedback_type": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "MessageOrderField": {
        "type": "string",
        "enum": [
          "id",
          "-id",
          "created_at",
          "-created_at",
          "updated_at",
          "-updated_at"
        ]
      },
      "Error": {
        "type": "object",
        "additionalProperties": false,
        "description": "The error shape seen from the real service (a Go validator message in `error_description`).",
        "required": [
          "error",
          "error_description",
          "trace_id"
        ],
        "properties": {
          "error": {
            "type": "string",
            "description": "A short code, e.g. `validation`, `unauthorized`, `not_found`."
          },
          "error_description": {
            "type": "string",
            "description": "What went wrong, naming every violation."
          },
          "trace_id": {
            "type": "string",
            "pattern": "^[0-9a-f]{32}$"
          }
        }
      }
    }
  }
} as unknown as OpenAPIV3_1.Document
