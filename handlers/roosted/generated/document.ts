// Generated from specs/roosted.yaml by scripts/generate-specs.ts. Do not edit: run "npm run gen".
import type { OpenAPIV3_1 } from 'openapi-types'

export const document = {
  "openapi": "3.1.0",
  "info": {
    "title": "RoostedHR worker chats (chatmock)",
    "version": "1.0.0-chatmock",
    "summary": "A worker's chats and their messages in the RoostedHR API v1.12, as served by the chatmock mock.",
    "contact": {
      "name": "RoostedHR API reference",
      "url": "https://docs.roostedhr.com/api-reference/v01.12.00"
    },
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    }
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
      "url": "https://api.roostedhr.com/api/1_12"
    },
    {
      "url": "https://sandbox.roostedhr.com/api/1_12"
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
      "name": "Worker chats"
    },
    {
      "name": "Chat messages"
    }
  ],
  "paths": {
    "/workers/{id}/chats": {
      "get": {
        "operationId": "listWorkerChats",
        "summary": "Get chats",
        "tags": [
          "Worker chats"
        ],
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
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
        "tags": [
          "Worker chats"
        ],
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
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
                }
              },
              "ListChatMessages": {
                "operationId": "listChatMessages",
                "parameters": {
                  "id": "$request.path.id",
                  "chat_id": "$response.body#/id"
                }
              },
              "SendChatMessage": {
                "operationId": "sendChatMessage",
                "parameters": {
                  "id": "$request.path.id",
                  "chat_id": "$response.body#/id"
                }
              },
              "EditWorkerChat": {
                "operationId": "editWorkerChat",
                "parameters": {
                  "id": "$request.path.id",
                  "chat_id": "$response.body#/id"
                }
              }
            }
          },
          "400": {
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
        "tags": [
          "Worker chats"
        ],
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
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
        "tags": [
          "Worker chats"
        ],
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
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
        "tags": [
          "Chat messages"
        ],
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
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
        "tags": [
          "Chat messages"
        ],
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
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
        "name": "X-API-KEY"
      },
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer"
      }
    },
    "schemas": {
      "WorkerId": {
        "type": "string",
        "minLength": 1
      },
      "ChatId": {
        "type": "string",
        "minLength": 1
      },
      "MessageId": {
        "type": "string",
        "minLength": 1
      },
      "Limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 20
      },
      "CreateChatRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "members"
        ],
        "properties": {
          "members": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          },
          "name": {
            "type": "string",
            "minLength": 1
          }
        }
      },
      "EditChatRequest": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1
          },
          "members": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "type": "string",
              "pattern": "^[0-9]+$"
            }
          }
        }
      },
      "SendMessageRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "message"
        ],
        "properties": {
          "message": {
            "type": "string",
            "minLength": 1
          }
        }
      },
      "Flag": {
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
        "required": [
          "id",
          "name_first",
          "name_last",
          "selected_picture_location"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "name_first": {
            "type": "string"
          },
          "name_last": {
            "type": "string"
          },
          "selected_picture_location": {
            "type": "string"
          }
        }
      },
      "ChatListItem": {
        "type": "object",
        "additionalProperties": false,
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
            "type": "string"
          },
          "auto_add_workers": {
            "$ref": "#/components/schemas/Flag"
          },
          "event_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "chat_admin": {
            "$ref": "#/components/schemas/Flag"
          },
          "silenced": {
            "$ref": "#/components/schemas/Flag"
          },
          "on_chat": {
            "$ref": "#/components/schemas/Flag"
          },
          "date_created": {
            "type": "string",
            "format": "date-time"
          },
          "name": {
            "type": "string"
          },
          "most_recent_message_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "locked": {
            "$ref": "#/components/schemas/Flag"
          },
          "last_message_timestamp": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "message": {
            "type": [
              "string",
              "null"
            ]
          },
          "name_first": {
            "type": [
              "string",
              "null"
            ]
          },
          "selected_picture_location": {
            "type": [
              "string",
              "null"
            ]
          },
          "chats_order": {
            "type": "string",
            "format": "date-time"
          },
          "unread_count": {
            "$ref": "#/components/schemas/Count"
          }
        }
      },
      "ChatList": {
        "type": "object",
        "additionalProperties": false,
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
            "type": "boolean"
          }
        }
      },
      "Chat": {
        "type": "object",
        "additionalProperties": false,
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
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "chat_admin": {
            "$ref": "#/components/schemas/Flag"
          },
          "silenced": {
            "$ref": "#/components/schemas/Flag"
          },
          "on_chat": {
            "$ref": "#/components/schemas/Flag"
          },
          "locked": {
            "$ref": "#/components/schemas/Flag"
          },
          "date_created": {
            "type": "string",
            "format": "date-time"
          },
          "most_recent_message_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "last_message_timestamp": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "message": {
            "type": [
              "string",
              "null"
            ]
          },
          "name_first": {
            "type": [
              "string",
              "null"
            ]
          },
          "selected_picture_location": {
            "type": [
              "string",
              "null"
            ]
          },
          "chats_order": {
            "type": "string",
            "format": "date-time"
          },
          "unread_count": {
            "$ref": "#/components/schemas/Count"
          },
          "members": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ChatMember"
            }
          }
        }
      },
      "ChatMessage": {
        "type": "object",
        "additionalProperties": false,
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
            "type": "string"
          },
          "message": {
            "type": "string"
          },
          "sender_id": {
            "type": "string"
          },
          "sender_name": {
            "type": "string"
          },
          "date_created": {
            "type": "string",
            "format": "date-time"
          },
          "read": {
            "type": "string",
            "enum": [
              "0",
              "1"
            ]
          }
        }
      },
      "ChatMessageList": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "messages",
          "has_more"
        ],
        "properties": {
          "messages": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ChatMessage"
            }
          },
          "has_more": {
            "type": "boolean"
          }
        }
      },
      "Problem": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "title",
          "status"
        ],
        "properties": {
          "type": {
            "type": "string",
            "format": "uri-reference"
          },
          "title": {
            "type": "string"
          },
          "status": {
            "type": "integer"
          },
          "detail": {
            "type": "string"
          },
          "issues": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Issue"
            }
          }
        }
      },
      "Issue": {
        "type": "object",
        "additionalProperties": false,
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
            ]
          },
          "pointer": {
            "type": "string"
          },
          "keyword": {
            "type": "string"
          },
          "message": {
            "type": "string"
          }
        }
      }
    },
    "responses": {
      "PayloadTooLarge": {
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
