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
    }
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
      "url": "https://focus.toggl.com/api"
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
      "name": "Chats"
    },
    {
      "name": "Messages"
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
        "parameters": [
          {
            "name": "workspace_id",
            "in": "path",
            "required": true,
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
        "parameters": [
          {
            "name": "workspace_id",
            "in": "path",
            "required": true,
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
        "parameters": [
          {
            "name": "workspace_id",
            "in": "path",
            "required": true,
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
        "parameters": [
          {
            "name": "workspace_id",
            "in": "path",
            "required": true,
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
        "parameters": [
          {
            "name": "workspace_id",
            "in": "path",
            "required": true,
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
        "parameters": [
          {
            "name": "workspace_id",
            "in": "path",
            "required": true,
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
        "parameters": [
          {
            "name": "workspace_id",
            "in": "path",
            "required": true,
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
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 9007199254740991
            }
          }
        ],
        "responses": {
          "200": {
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
                "schema": {
                  "type": "string"
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
        "parameters": [
          {
            "name": "workspace_id",
            "in": "path",
            "required": true,
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
        "scheme": "basic"
      },
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer"
      },
      "streamToken": {
        "type": "apiKey",
        "in": "query",
        "name": "access_token"
      }
    },
    "parameters": {
      "Page": {
        "name": "page",
        "in": "query",
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
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 29
      },
      "QuotaResetsIn": {
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 1800
      }
    },
    "responses": {
      "QuotaExceeded": {
        "x-mock": "not example-reachable",
        "headers": {
          "X-Toggl-Quota-Remaining": {
            "required": true,
            "schema": {
              "type": "integer",
              "minimum": 0
            },
            "example": 0
          },
          "X-Toggl-Quota-Resets-In": {
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
        "maximum": 9007199254740991
      },
      "Chat": {
        "type": "object",
        "additionalProperties": false,
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
            "readOnly": true
          },
          "name": {
            "type": "string"
          },
          "message_count": {
            "type": "integer",
            "minimum": 0,
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
            "readOnly": true
          }
        }
      },
      "ChatInput": {
        "type": "object",
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
            "readOnly": true
          },
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
              "object",
              "null"
            ],
            "additionalProperties": true
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
        "properties": {
          "text": {
            "type": "string"
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
        "required": [
          "error",
          "error_description",
          "trace_id"
        ],
        "properties": {
          "error": {
            "type": "string"
          },
          "error_description": {
            "type": "string"
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
