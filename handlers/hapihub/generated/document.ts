// Generated from specs/hapihub.yaml by scripts/generate-specs.ts. Do not edit: run "npm run gen".
import type { OpenAPIV3_1 } from 'openapi-types'

export const document = {
  "openapi": "3.1.0",
  "info": {
    "title": "HapiHub / Fleming chat messages and rooms (chatmock)",
    "version": "1.0.0-chatmock",
    "summary": "The Chat_Message and Chat_Room services of the HAPI Hub (Fleming) API by Hippocrades, as served by the chatmock mock.",
    "contact": {
      "name": "HAPI Hub (Fleming) API documentation",
      "url": "https://docs.hapihub.com/api/Chat_Message.html"
    },
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    }
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
      "url": "https://yourdomain.com"
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
      "name": "Chat Messages"
    },
    {
      "name": "Chat Rooms"
    }
  ],
  "paths": {
    "/chat-messages": {
      "get": {
        "operationId": "findChatMessages",
        "summary": "Find chat messages",
        "tags": [
          "Chat Messages"
        ],
        "parameters": [
          {
            "name": "room",
            "in": "query",
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
            "schema": {
              "$ref": "#/components/schemas/AccountUid"
            }
          },
          {
            "name": "createdBy[$in]",
            "in": "query",
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
        "tags": [
          "Chat Messages"
        ],
        "requestBody": {
          "required": true,
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
                }
              },
              "PatchChatMessage": {
                "operationId": "patchChatMessage",
                "parameters": {
                  "id": "$response.body#/id"
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
        "tags": [
          "Chat Messages"
        ],
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
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
        "tags": [
          "Chat Messages"
        ],
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
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
        "tags": [
          "Chat Rooms"
        ],
        "parameters": [
          {
            "name": "createdBy",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/AccountUid"
            }
          },
          {
            "name": "createdBy[$in]",
            "in": "query",
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
        "tags": [
          "Chat Rooms"
        ],
        "requestBody": {
          "required": true,
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
                }
              },
              "FindChatMessages": {
                "operationId": "findChatMessages",
                "parameters": {
                  "room": "$response.body#/id"
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
        "tags": [
          "Chat Rooms"
        ],
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
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
        "scheme": "bearer"
      }
    },
    "parameters": {
      "Skip": {
        "name": "$skip",
        "in": "query",
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
        "minLength": 1
      },
      "RoomId": {
        "type": "string",
        "minLength": 1
      },
      "AccountUid": {
        "type": "string",
        "minLength": 1
      },
      "SortOrder": {
        "type": "integer",
        "enum": [
          1,
          -1
        ]
      },
      "QueryLimit": {
        "type": "integer",
        "minimum": 0,
        "maximum": 9007199254740991
      },
      "ChatMessage": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "createdAt",
          "createdBy"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "createdAt": {
            "type": "number",
            "minimum": 0
          },
          "createdBy": {
            "type": "string"
          },
          "room": {
            "type": "string"
          },
          "session": {
            "type": "string"
          },
          "text": {
            "type": "string"
          },
          "media": {
            "type": "string"
          },
          "seenBy": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "ChatRoom": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "createdAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "createdAt": {
            "type": "number",
            "minimum": 0
          },
          "createdBy": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "picURL": {
            "type": "string"
          },
          "participants": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "participantsLastMessageSeen": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            }
          }
        }
      },
      "CreateChatMessageRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "room"
        ],
        "properties": {
          "room": {
            "type": "string",
            "minLength": 1
          },
          "session": {
            "type": "string"
          },
          "text": {
            "type": "string"
          },
          "media": {
            "type": "string"
          },
          "createdAt": {
            "type": "number",
            "minimum": 0
          }
        }
      },
      "PatchChatMessageRequest": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "seen": {
            "type": "boolean"
          }
        }
      },
      "CreateChatRoomRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "participants"
        ],
        "properties": {
          "participants": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "$ref": "#/components/schemas/AccountUid"
            }
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "picURL": {
            "type": "string"
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
                  "detail": "Failed to insert into hapihub chat messages: it holds its limit of 1000000 records. Reset the store or raise the limit (recordLimit)."
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
