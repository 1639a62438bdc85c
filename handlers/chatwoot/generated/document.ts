// Generated from specs/chatwoot.yaml by scripts/generate-specs.ts. Do not edit: run "npm run gen".
import type { OpenAPIV3_1 } from 'openapi-types'

export const document = {
  "openapi": "3.1.0",
  "info": {
    "title": "Chatwoot public client API",
    "version": "1.0.0-chatmock",
    "contact": {
      "name": "Chatwoot developer documentation",
      "url": "https://developers.chatwoot.com/api-reference/introduction"
    },
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    }
  },
  "x-chatmock-lenient": {
    "unknownBodyFields": "drop",
    "invalidPathParameters": "to-i",
    "invalidIntegerQueries": "to-i",
    "unroutedMethods": "not-found"
  },
  "x-chatmock-json-charset": "utf-8",
  "x-chatmock-actions": {
    "agentMessage": {
      "summary": "An agent replies in a conversation: an outgoing message (`message_type` 1, `content_type` `text`) whose sender is the agent as the public API renders a user (`type: user`), stored like every message (the message list and the conversation show it) and sent to the contact as `message.created`, then `conversation.updated` when it is the conversation's first public answer (`first_reply_created_at`) or ends the contact's wait (`waiting_since`). With `private: true` it is a private note instead: stored, never listed, never sent to the contact, and it answers nobody. Resolves to the message as the message list renders it. An unknown conversation is refused (ACTION_INVALID; 422 on the admin API).",
      "input": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "conversation_id",
          "content"
        ],
        "properties": {
          "conversation_id": {
            "$ref": "#/components/schemas/Id",
            "description": "The conversation's display number (the `conversation_id` of the paths, and of a `message.created` event's data). The mock has one account, so it names one conversation."
          },
          "content": {
            "type": "string",
            "minLength": 1,
            "maxLength": 150000,
            "description": "The text of the reply."
          },
          "private": {
            "type": "boolean",
            "default": false,
            "description": "A private note of the agents, which the contact never sees."
          },
          "agent_id": {
            "type": "integer",
            "minimum": 1,
            "maximum": 9007199254740991,
            "default": 1,
            "description": "The agent's user id."
          },
          "agent_name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255,
            "default": "Support Agent",
            "description": "The agent's name (also its `available_name`)."
          }
        }
      }
    },
    "agentTyping": {
      "summary": "An agent starts (`on`) or stops (`off`) typing in a conversation: the contact receives `conversation.typing_on` or `conversation.typing_off` with `is_private: false`. Nothing is stored. An unknown conversation is refused (ACTION_INVALID; 422 on the admin API).",
      "input": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "conversation_id",
          "typing_status"
        ],
        "properties": {
          "conversation_id": {
            "$ref": "#/components/schemas/Id",
            "description": "The conversation's display number."
          },
          "typing_status": {
            "type": "string",
            "enum": [
              "on",
              "off"
            ]
          },
          "agent_id": {
            "type": "integer",
            "minimum": 1,
            "maximum": 9007199254740991,
            "default": 1,
            "description": "The agent's user id."
          },
          "agent_name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255,
            "default": "Support Agent",
            "description": "The agent's name (also its `available_name`)."
          }
        }
      }
    },
    "resolveConversation": {
      "summary": "An agent resolves a conversation, as the contact's `toggleConversationStatus` does: the status becomes `resolved`, the contact receives `conversation.status_changed` and `conversation.updated` (with the agent as `performer`), and shortly after (`jobDelay`) the CSAT survey is sent (a `message.created`) when the inbox has CSAT surveys on and the conversation has none yet. An already resolved conversation is left as it is and sends nothing. Resolves to the conversation as the client API renders it, without the survey, which is still to come. An unknown conversation is refused (ACTION_INVALID; 422 on the admin API).",
      "input": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "conversation_id"
        ],
        "properties": {
          "conversation_id": {
            "$ref": "#/components/schemas/Id",
            "description": "The conversation's display number."
          }
        }
      }
    }
  },
  "servers": [
    {
      "url": "https://app.chatwoot.com"
    }
  ],
  "security": [
    {},
    {
      "userApiKey": []
    }
  ],
  "tags": [
    {
      "name": "Inbox API"
    },
    {
      "name": "Contacts API"
    },
    {
      "name": "Conversations API"
    },
    {
      "name": "Messages API"
    },
    {
      "name": "CSAT Survey API"
    },
    {
      "name": "Attachments"
    }
  ],
  "paths": {
    "/public/api/v1/inboxes/{inbox_identifier}": {
      "get": {
        "operationId": "getInbox",
        "x-upstream-operationId": "get-details-of-a-inbox",
        "tags": [
          "Inbox API"
        ],
        "summary": "Get inbox details",
        "parameters": [
          {
            "name": "inbox_identifier",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/InboxIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' inbox, without identity validation",
                "value": "inbox_identifier_example"
              },
              "identity-validation": {
                "summary": "An inbox that requires identity validation",
                "value": "identity_inbox_example"
              },
              "not-found": {
                "summary": "No such inbox",
                "value": "inbox_identifier_unknown"
              }
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicInbox"
                },
                "examples": {
                  "docs-example": {
                    "summary": "The docs' inbox",
                    "value": {
                      "identifier": "inbox_identifier_example",
                      "identity_validation_enabled": false,
                      "name": "Website",
                      "timezone": "UTC",
                      "working_hours": [
                        {
                          "day_of_week": 0,
                          "closed_all_day": true,
                          "open_hour": null,
                          "open_minutes": null,
                          "close_hour": null,
                          "close_minutes": null,
                          "open_all_day": false
                        },
                        {
                          "day_of_week": 1,
                          "closed_all_day": false,
                          "open_hour": 9,
                          "open_minutes": 0,
                          "close_hour": 17,
                          "close_minutes": 0,
                          "open_all_day": false
                        },
                        {
                          "day_of_week": 2,
                          "closed_all_day": false,
                          "open_hour": 9,
                          "open_minutes": 0,
                          "close_hour": 17,
                          "close_minutes": 0,
                          "open_all_day": false
                        },
                        {
                          "day_of_week": 3,
                          "closed_all_day": false,
                          "open_hour": 9,
                          "open_minutes": 0,
                          "close_hour": 17,
                          "close_minutes": 0,
                          "open_all_day": false
                        },
                        {
                          "day_of_week": 4,
                          "closed_all_day": false,
                          "open_hour": 9,
                          "open_minutes": 0,
                          "close_hour": 17,
                          "close_minutes": 0,
                          "open_all_day": false
                        },
                        {
                          "day_of_week": 5,
                          "closed_all_day": false,
                          "open_hour": 9,
                          "open_minutes": 0,
                          "close_hour": 17,
                          "close_minutes": 0,
                          "open_all_day": false
                        },
                        {
                          "day_of_week": 6,
                          "closed_all_day": true,
                          "open_hour": null,
                          "open_minutes": null,
                          "close_hour": null,
                          "close_minutes": null,
                          "open_all_day": false
                        }
                      ],
                      "working_hours_enabled": false,
                      "csat_survey_enabled": true,
                      "greeting_enabled": false
                    }
                  },
                  "identity-validation": {
                    "summary": "An inbox whose contacts must send an identifier hash",
                    "value": {
                      "identifier": "identity_inbox_example",
                      "identity_validation_enabled": true,
                      "name": "Mobile app",
                      "timezone": "UTC",
                      "working_hours": [
                        {
                          "day_of_week": 0,
                          "closed_all_day": true,
                          "open_hour": null,
                          "open_minutes": null,
                          "close_hour": null,
                          "close_minutes": null,
                          "open_all_day": false
                        },
                        {
                          "day_of_week": 1,
                          "closed_all_day": false,
                          "open_hour": 9,
                          "open_minutes": 0,
                          "close_hour": 17,
                          "close_minutes": 0,
                          "open_all_day": false
                        },
                        {
                          "day_of_week": 2,
                          "closed_all_day": false,
                          "open_hour": 9,
                          "open_minutes": 0,
                          "close_hour": 17,
                          "close_minutes": 0,
                          "open_all_day": false
                        },
                        {
                          "day_of_week": 3,
                          "closed_all_day": false,
                          "open_hour": 9,
                          "open_minutes": 0,
                          "close_hour": 17,
                          "close_minutes": 0,
                          "open_all_day": false
                        },
                        {
                          "day_of_week": 4,
                          "closed_all_day": false,
                          "open_hour": 9,
                          "open_minutes": 0,
                          "close_hour": 17,
                          "close_minutes": 0,
                          "open_all_day": false
                        },
                        {
                          "day_of_week": 5,
                          "closed_all_day": false,
                          "open_hour": 9,
                          "open_minutes": 0,
                          "close_hour": 17,
                          "close_minutes": 0,
                          "open_all_day": false
                        },
                        {
                          "day_of_week": 6,
                          "closed_all_day": true,
                          "open_hour": null,
                          "open_minutes": null,
                          "close_hour": null,
                          "close_minutes": null,
                          "open_all_day": false
                        }
                      ],
                      "working_hours_enabled": false,
                      "csat_survey_enabled": false,
                      "greeting_enabled": false
                    }
                  }
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/InboxNotFound"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "422": {
            "$ref": "#/components/responses/InvalidParameters"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/public/api/v1/inboxes/{inbox_identifier}/contacts": {
      "post": {
        "operationId": "createContact",
        "x-upstream-operationId": "create-a-contact",
        "tags": [
          "Contacts API"
        ],
        "summary": "Create a contact",
        "parameters": [
          {
            "name": "inbox_identifier",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/InboxIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' inbox, without identity validation",
                "value": "inbox_identifier_example"
              },
              "identified": {
                "summary": "An inbox that requires identity validation",
                "value": "identity_inbox_example"
              },
              "identity-required": {
                "summary": "An inbox that requires identity validation",
                "value": "identity_inbox_example"
              },
              "not-found": {
                "summary": "No such inbox",
                "value": "inbox_identifier_unknown"
              }
            }
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PublicContactCreatePayload"
              },
              "examples": {
                "docs-example": {
                  "summary": "A name, an email and a phone number",
                  "value": {
                    "name": "Alice",
                    "email": "alice@acme.inc",
                    "phone_number": "+123456789"
                  }
                },
                "identified": {
                  "summary": "An identified contact, with the HMAC of its identifier under the inbox's token",
                  "value": {
                    "identifier": "user-2002",
                    "identifier_hash": "921eeca1b93b16e02c19fb3a6c3bd836380e0f2ae53c48f22f3280f12a1fe2ac",
                    "name": "Bea Example",
                    "email": "bea@example.com"
                  }
                },
                "identity-required": {
                  "summary": "An identifier without its hash, in an inbox that requires one",
                  "value": {
                    "identifier": "user-2002",
                    "name": "Bea Example"
                  }
                },
                "not-found": {
                  "summary": "A contact for an inbox that does not exist",
                  "value": {
                    "name": "Alice"
                  }
                }
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/PublicContactCreatePayload"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/PublicContactCreatePayload"
              }
            }
          }
        },
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicContact"
                },
                "examples": {
                  "docs-example": {
                    "summary": "The contact created from the docs' example body",
                    "value": {
                      "source_id": "20e2f9df-4a68-42f5-8760-003f8350d718",
                      "pubsub_token": "GxhBpZ5hL8a58neetz4FM5VK",
                      "id": 82,
                      "name": "Alice",
                      "email": "alice@acme.inc",
                      "phone_number": "+123456789"
                    }
                  },
                  "identified": {
                    "summary": "An identified contact in an inbox with identity validation",
                    "value": {
                      "source_id": "7a62b41a-d6d7-47bf-800b-217a7352b9b9",
                      "pubsub_token": "LzxqGow4YRmdtWsFAXBpg8UU",
                      "id": 82,
                      "name": "Bea Example",
                      "email": "bea@example.com",
                      "phone_number": null
                    }
                  }
                }
              }
            },
            "links": {
              "GetContact": {
                "operationId": "getContact",
                "parameters": {
                  "inbox_identifier": "$request.path.inbox_identifier",
                  "contact_identifier": "$response.body#/source_id"
                }
              },
              "UpdateContact": {
                "operationId": "updateContact",
                "parameters": {
                  "inbox_identifier": "$request.path.inbox_identifier",
                  "contact_identifier": "$response.body#/source_id"
                }
              },
              "ListConversations": {
                "operationId": "listConversations",
                "parameters": {
                  "inbox_identifier": "$request.path.inbox_identifier",
                  "contact_identifier": "$response.body#/source_id"
                }
              },
              "CreateConversation": {
                "operationId": "createConversation",
                "parameters": {
                  "inbox_identifier": "$request.path.inbox_identifier",
                  "contact_identifier": "$response.body#/source_id"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/IdentityRefusedStrict"
          },
          "404": {
            "$ref": "#/components/responses/InboxNotFound"
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
          "422": {
            "$ref": "#/components/responses/ContactInvalid"
          },
          "500": {
            "$ref": "#/components/responses/IdentityRefused"
          },
          "507": {
            "$ref": "#/components/responses/InsufficientStorage"
          }
        }
      }
    },
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}": {
      "get": {
        "operationId": "getContact",
        "x-upstream-operationId": "get-details-of-a-contact",
        "tags": [
          "Contacts API"
        ],
        "summary": "Get a contact",
        "parameters": [
          {
            "name": "inbox_identifier",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/InboxIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "identified": {
                "summary": "An inbox that requires identity validation",
                "value": "identity_inbox_example"
              },
              "identity-required": {
                "summary": "An inbox that requires identity validation",
                "value": "identity_inbox_example"
              },
              "not-found": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              }
            }
          },
          {
            "name": "contact_identifier",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/ContactIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              },
              "identified": {
                "summary": "An identified contact (identifier `user-1001`)",
                "value": "identity_contact_example"
              },
              "identity-required": {
                "summary": "An identified contact, asked for without its hash",
                "value": "identity_contact_example"
              },
              "not-found": {
                "summary": "No such contact in the inbox",
                "value": "contact_identifier_unknown"
              }
            }
          },
          {
            "name": "identifier",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            },
            "examples": {
              "identified": {
                "summary": "The contact's identifier",
                "value": "user-1001"
              }
            }
          },
          {
            "name": "identifier_hash",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            },
            "examples": {
              "identified": {
                "summary": "HMAC-SHA256(\"identity_inbox_hmac_token\", \"user-1001\")",
                "value": "ce1c77cef83e1a422488260cd8f8db6efb73ed76a49ed4509d72979167e9960d"
              }
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicContact"
                },
                "examples": {
                  "docs-example": {
                    "summary": "The docs' contact",
                    "value": {
                      "source_id": "contact_identifier_example",
                      "pubsub_token": "pubsub_token_example",
                      "id": 77,
                      "name": "Bryon Doyle",
                      "email": "bryon.kassulke@gmail.com",
                      "phone_number": null
                    }
                  },
                  "identified": {
                    "summary": "An identified contact, now verified in the inbox",
                    "value": {
                      "source_id": "identity_contact_example",
                      "pubsub_token": "9t6K7noqjyXAaS4rmrRwZbFF",
                      "id": 80,
                      "name": "Nat Rosenbaum",
                      "email": "nat_cremin37@gmail.com",
                      "phone_number": null
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/IdentityRefusedStrict"
          },
          "404": {
            "$ref": "#/components/responses/ContactNotFound"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "422": {
            "$ref": "#/components/responses/InvalidParameters"
          },
          "500": {
            "$ref": "#/components/responses/IdentityRefused"
          }
        }
      },
      "patch": {
        "operationId": "updateContact",
        "x-upstream-operationId": "update-a-contact",
        "tags": [
          "Contacts API"
        ],
        "summary": "Update a contact",
        "parameters": [
          {
            "$ref": "#/components/parameters/ContactUpdateInboxIdentifier"
          },
          {
            "$ref": "#/components/parameters/ContactUpdateContactIdentifier"
          }
        ],
        "requestBody": {
          "$ref": "#/components/requestBodies/ContactUpdate"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ContactUpdated"
          },
          "401": {
            "$ref": "#/components/responses/IdentityRefusedStrict"
          },
          "404": {
            "$ref": "#/components/responses/ContactNotFound"
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
          "422": {
            "$ref": "#/components/responses/ContactUpdateRejected"
          },
          "500": {
            "$ref": "#/components/responses/IdentityRefused"
          }
        }
      },
      "put": {
        "operationId": "putContact",
        "tags": [
          "Contacts API"
        ],
        "summary": "Update a contact (PUT)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ContactUpdateInboxIdentifier"
          },
          {
            "$ref": "#/components/parameters/ContactUpdateContactIdentifier"
          }
        ],
        "requestBody": {
          "$ref": "#/components/requestBodies/ContactUpdate"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ContactUpdated"
          },
          "401": {
            "$ref": "#/components/responses/IdentityRefusedStrict"
          },
          "404": {
            "$ref": "#/components/responses/ContactNotFound"
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
          "422": {
            "$ref": "#/components/responses/ContactUpdateRejected"
          },
          "500": {
            "$ref": "#/components/responses/IdentityRefused"
          }
        }
      }
    },
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations": {
      "get": {
        "operationId": "listConversations",
        "x-upstream-operationId": "list-all-contact-conversations",
        "tags": [
          "Conversations API"
        ],
        "summary": "List all conversations",
        "parameters": [
          {
            "name": "inbox_identifier",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/InboxIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "empty": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "not-found": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              }
            }
          },
          {
            "name": "contact_identifier",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/ContactIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' contact, with conversation 56",
                "value": "contact_identifier_example"
              },
              "empty": {
                "summary": "A contact without conversations",
                "value": "contact_update_example"
              },
              "not-found": {
                "summary": "No such contact in the inbox",
                "value": "contact_identifier_unknown"
              }
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicConversationList"
                },
                "examples": {
                  "docs-example": {
                    "summary": "The docs' contact's conversations (messages shortened)",
                    "value": [
                      {
                        "id": 56,
                        "uuid": "b1e2c3d4-0000-4000-8000-000000000056",
                        "inbox_id": 1,
                        "contact_last_seen_at": 0,
                        "status": "open",
                        "agent_last_seen_at": 1709301000,
                        "messages": [
                          {
                            "id": 31,
                            "content": "Sto pariatur vehemens vomito.",
                            "message_type": 1,
                            "content_type": "text",
                            "content_attributes": {},
                            "created_at": 1709283600,
                            "conversation_id": 56,
                            "sender": {
                              "id": 1,
                              "name": "Support Agent",
                              "available_name": "Support Agent",
                              "avatar_url": "",
                              "availability_status": "online",
                              "type": "user",
                              "thumbnail": ""
                            }
                          },
                          {
                            "id": 32,
                            "content": "Sunt depraedor suasoria tamquam tepesco aer soleo peccatus.",
                            "message_type": 0,
                            "content_type": "text",
                            "content_attributes": {},
                            "created_at": 1709284200,
                            "conversation_id": 56,
                            "sender": {
                              "id": 77,
                              "name": "Bryon Doyle",
                              "email": "bryon.kassulke@gmail.com",
                              "phone_number": null,
                              "identifier": null,
                              "thumbnail": "",
                              "additional_attributes": {},
                              "custom_attributes": {},
                              "blocked": false,
                              "type": "contact"
                            }
                          },
                          {
                            "id": 60,
                            "content": "Ipsum tersus stabilis video dedecor cetera adnuo amplitudo audacia.",
                            "message_type": 0,
                            "content_type": "text",
                            "content_attributes": {},
                            "created_at": 1709301000,
                            "conversation_id": 56,
                            "sender": {
                              "id": 77,
                              "name": "Bryon Doyle",
                              "email": "bryon.kassulke@gmail.com",
                              "phone_number": null,
                              "identifier": null,
                              "thumbnail": "",
                              "additional_attributes": {},
                              "custom_attributes": {},
                              "blocked": false,
                              "type": "contact"
                            }
                          }
                        ],
                        "contact": {
                          "id": 77,
                          "name": "Bryon Doyle",
                          "email": "bryon.kassulke@gmail.com",
                          "phone_number": null,
                          "account_id": 1,
                          "created_at": "2024-02-29T09:00:00.000Z",
                          "updated_at": "2024-02-29T09:00:00.000Z",
                          "additional_attributes": {},
                          "identifier": null,
                          "custom_attributes": {},
                          "last_activity_at": "2024-03-01T13:50:00.000Z",
                          "contact_type": "lead",
                          "middle_name": "",
                          "last_name": "",
                          "location": null,
                          "country_code": null,
                          "blocked": false,
                          "company_id": null
                        }
                      }
                    ]
                  },
                  "empty": {
                    "summary": "A contact without conversations",
                    "value": []
                  }
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/ContactNotFound"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "422": {
            "$ref": "#/components/responses/InvalidParameters"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      },
      "post": {
        "operationId": "createConversation",
        "x-upstream-operationId": "create-a-conversation",
        "tags": [
          "Conversations API"
        ],
        "summary": "Create a conversation",
        "parameters": [
          {
            "name": "inbox_identifier",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/InboxIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "bot-inbox": {
                "summary": "An inbox that an agent bot answers",
                "value": "bot_inbox_example"
              },
              "single-conversation": {
                "summary": "An inbox locked to a single conversation per contact",
                "value": "single_conversation_inbox_example"
              },
              "not-found": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              }
            }
          },
          {
            "name": "contact_identifier",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/ContactIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              },
              "bot-inbox": {
                "summary": "The named sets' contact, in the bot's inbox",
                "value": "contact_bot_example"
              },
              "single-conversation": {
                "summary": "The named sets' contact, in the locked inbox",
                "value": "contact_single_example"
              },
              "not-found": {
                "summary": "No such contact in the inbox",
                "value": "contact_identifier_unknown"
              }
            }
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PublicConversationCreatePayload"
              },
              "examples": {
                "docs-example": {
                  "summary": "A conversation with a custom attribute",
                  "value": {
                    "custom_attributes": {
                      "order_id": "1042"
                    }
                  }
                },
                "not-found": {
                  "summary": "A conversation for a contact that does not exist",
                  "value": {
                    "custom_attributes": {}
                  }
                }
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/PublicConversationCreatePayload"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/PublicConversationCreatePayload"
              }
            }
          }
        },
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicConversation"
                },
                "examples": {
                  "docs-example": {
                    "summary": "A new, open conversation without messages",
                    "value": {
                      "id": 65,
                      "uuid": "aac78fc8-ea7c-4b5e-98d5-dd9363857192",
                      "inbox_id": 1,
                      "contact_last_seen_at": 0,
                      "status": "open",
                      "agent_last_seen_at": 0,
                      "messages": [],
                      "contact": {
                        "id": 77,
                        "name": "Bryon Doyle",
                        "email": "bryon.kassulke@gmail.com",
                        "phone_number": null,
                        "account_id": 1,
                        "created_at": "2024-02-29T09:00:00.000Z",
                        "updated_at": "2024-02-29T09:00:00.000Z",
                        "additional_attributes": {},
                        "identifier": null,
                        "custom_attributes": {},
                        "last_activity_at": "2024-03-01T13:50:00.000Z",
                        "contact_type": "lead",
                        "middle_name": "",
                        "last_name": "",
                        "location": null,
                        "country_code": null,
                        "blocked": false,
                        "company_id": null
                      }
                    }
                  },
                  "bot-inbox": {
                    "summary": "A new conversation in a bot's inbox, pending until the bot hands it over",
                    "value": {
                      "id": 65,
                      "uuid": "4f3c2b1a-9e8d-4c7b-a6f5-0e1d2c3b4a59",
                      "inbox_id": 5,
                      "contact_last_seen_at": 0,
                      "status": "pending",
                      "agent_last_seen_at": 0,
                      "messages": [],
                      "contact": {
                        "id": 81,
                        "name": "Sam Example",
                        "email": "sam@example.com",
                        "phone_number": null,
                        "account_id": 1,
                        "created_at": "2024-02-29T09:00:00.000Z",
                        "updated_at": "2024-02-29T09:00:00.000Z",
                        "additional_attributes": {},
                        "identifier": null,
                        "custom_attributes": {},
                        "last_activity_at": "2024-03-04T09:00:00.000Z",
                        "contact_type": "lead",
                        "middle_name": "",
                        "last_name": "",
                        "location": null,
                        "country_code": null,
                        "blocked": false,
                        "company_id": null
                      }
                    }
                  },
                  "single-conversation": {
                    "summary": "The contact's conversation in the locked inbox: a new one the first time, the same one after that",
                    "value": {
                      "id": 65,
                      "uuid": "0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b",
                      "inbox_id": 6,
                      "contact_last_seen_at": 0,
                      "status": "open",
                      "agent_last_seen_at": 0,
                      "messages": [],
                      "contact": {
                        "id": 81,
                        "name": "Sam Example",
                        "email": "sam@example.com",
                        "phone_number": null,
                        "account_id": 1,
                        "created_at": "2024-02-29T09:00:00.000Z",
                        "updated_at": "2024-02-29T09:00:00.000Z",
                        "additional_attributes": {},
                        "identifier": null,
                        "custom_attributes": {},
                        "last_activity_at": "2024-03-04T09:00:00.000Z",
                        "contact_type": "lead",
                        "middle_name": "",
                        "last_name": "",
                        "location": null,
                        "country_code": null,
                        "blocked": false,
                        "company_id": null
                      }
                    }
                  }
                }
              }
            },
            "links": {
              "GetConversation": {
                "operationId": "getConversation",
                "parameters": {
                  "inbox_identifier": "$request.path.inbox_identifier",
                  "contact_identifier": "$request.path.contact_identifier",
                  "conversation_id": "$response.body#/id"
                }
              },
              "ToggleConversationTyping": {
                "operationId": "toggleConversationTyping",
                "parameters": {
                  "inbox_identifier": "$request.path.inbox_identifier",
                  "contact_identifier": "$request.path.contact_identifier",
                  "conversation_id": "$response.body#/id"
                }
              },
              "UpdateConversationLastSeen": {
                "operationId": "updateConversationLastSeen",
                "parameters": {
                  "inbox_identifier": "$request.path.inbox_identifier",
                  "contact_identifier": "$request.path.contact_identifier",
                  "conversation_id": "$response.body#/id"
                }
              },
              "CreateMessage": {
                "operationId": "createMessage",
                "parameters": {
                  "inbox_identifier": "$request.path.inbox_identifier",
                  "contact_identifier": "$request.path.contact_identifier",
                  "conversation_id": "$response.body#/id"
                }
              },
              "ListMessages": {
                "operationId": "listMessages",
                "parameters": {
                  "inbox_identifier": "$request.path.inbox_identifier",
                  "contact_identifier": "$request.path.contact_identifier",
                  "conversation_id": "$response.body#/id"
                }
              },
              "ToggleConversationStatus": {
                "operationId": "toggleConversationStatus",
                "parameters": {
                  "inbox_identifier": "$request.path.inbox_identifier",
                  "contact_identifier": "$request.path.contact_identifier",
                  "conversation_id": "$response.body#/id"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/ContactNotFound"
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
          "422": {
            "$ref": "#/components/responses/ConversationInvalid"
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
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}": {
      "get": {
        "operationId": "getConversation",
        "x-upstream-operationId": "get-single-conversation",
        "tags": [
          "Conversations API"
        ],
        "summary": "Get a single conversation",
        "parameters": [
          {
            "name": "inbox_identifier",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/InboxIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "not-found": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              }
            }
          },
          {
            "name": "contact_identifier",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/ContactIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              },
              "not-found": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              }
            }
          },
          {
            "name": "conversation_id",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' conversation",
                "value": 56
              },
              "not-found": {
                "summary": "No such conversation",
                "value": 999999
              }
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicConversation"
                },
                "examples": {
                  "docs-example": {
                    "summary": "The docs' conversation (messages shortened)",
                    "value": {
                      "id": 56,
                      "uuid": "b1e2c3d4-0000-4000-8000-000000000056",
                      "inbox_id": 1,
                      "contact_last_seen_at": 0,
                      "status": "open",
                      "agent_last_seen_at": 1709301000,
                      "messages": [
                        {
                          "id": 31,
                          "content": "Sto pariatur vehemens vomito.",
                          "message_type": 1,
                          "content_type": "text",
                          "content_attributes": {},
                          "created_at": 1709283600,
                          "conversation_id": 56,
                          "sender": {
                            "id": 1,
                            "name": "Support Agent",
                            "available_name": "Support Agent",
                            "avatar_url": "",
                            "availability_status": "online",
                            "type": "user",
                            "thumbnail": ""
                          }
                        },
                        {
                          "id": 32,
                          "content": "Sunt depraedor suasoria tamquam tepesco aer soleo peccatus.",
                          "message_type": 0,
                          "content_type": "text",
                          "content_attributes": {},
                          "created_at": 1709284200,
                          "conversation_id": 56,
                          "sender": {
                            "id": 77,
                            "name": "Bryon Doyle",
                            "email": "bryon.kassulke@gmail.com",
                            "phone_number": null,
                            "identifier": null,
                            "thumbnail": "",
                            "additional_attributes": {},
                            "custom_attributes": {},
                            "blocked": false,
                            "type": "contact"
                          }
                        },
                        {
                          "id": 60,
                          "content": "Ipsum tersus stabilis video dedecor cetera adnuo amplitudo audacia.",
                          "message_type": 0,
                          "content_type": "text",
                          "content_attributes": {},
                          "created_at": 1709301000,
                          "conversation_id": 56,
                          "sender": {
                            "id": 77,
                            "name": "Bryon Doyle",
                            "email": "bryon.kassulke@gmail.com",
                            "phone_number": null,
                            "identifier": null,
                            "thumbnail": "",
                            "additional_attributes": {},
                            "custom_attributes": {},
                            "blocked": false,
                            "type": "contact"
                          }
                        }
                      ],
                      "contact": {
                        "id": 77,
                        "name": "Bryon Doyle",
                        "email": "bryon.kassulke@gmail.com",
                        "phone_number": null,
                        "account_id": 1,
                        "created_at": "2024-02-29T09:00:00.000Z",
                        "updated_at": "2024-02-29T09:00:00.000Z",
                        "additional_attributes": {},
                        "identifier": null,
                        "custom_attributes": {},
                        "last_activity_at": "2024-03-01T13:50:00.000Z",
                        "contact_type": "lead",
                        "middle_name": "",
                        "last_name": "",
                        "location": null,
                        "country_code": null,
                        "blocked": false,
                        "company_id": null
                      }
                    }
                  }
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/ConversationNotFound"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "422": {
            "$ref": "#/components/responses/InvalidParameters"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/toggle_status": {
      "post": {
        "operationId": "toggleConversationStatus",
        "x-upstream-operationId": "resolve-conversation",
        "tags": [
          "Conversations API"
        ],
        "summary": "Resolve a conversation",
        "parameters": [
          {
            "name": "inbox_identifier",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/InboxIdentifier"
            },
            "examples": {
              "resolved": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "already-resolved": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "not-found": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              }
            }
          },
          {
            "name": "contact_identifier",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/ContactIdentifier"
            },
            "examples": {
              "resolved": {
                "summary": "The contact whose conversations only the named sets change",
                "value": "contact_sets_example"
              },
              "already-resolved": {
                "summary": "The contact whose conversations only the named sets change",
                "value": "contact_sets_example"
              },
              "not-found": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              }
            }
          },
          {
            "name": "conversation_id",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "resolved": {
                "summary": "An open conversation",
                "value": 58
              },
              "already-resolved": {
                "summary": "A resolved conversation",
                "value": 59
              },
              "not-found": {
                "summary": "No such conversation",
                "value": 999999
              }
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicConversation"
                },
                "examples": {
                  "resolved": {
                    "summary": "An open conversation, now resolved (its CSAT survey follows over ActionCable)",
                    "value": {
                      "id": 58,
                      "uuid": "b1e2c3d4-0000-4000-8000-000000000058",
                      "inbox_id": 1,
                      "contact_last_seen_at": 0,
                      "status": "resolved",
                      "agent_last_seen_at": 0,
                      "messages": [
                        {
                          "id": 62,
                          "content": "My parcel has not arrived yet.",
                          "message_type": 0,
                          "content_type": "text",
                          "content_attributes": {},
                          "created_at": 1709456400,
                          "conversation_id": 58,
                          "sender": {
                            "id": 81,
                            "name": "Sam Example",
                            "email": "sam@example.com",
                            "phone_number": null,
                            "identifier": null,
                            "thumbnail": "",
                            "additional_attributes": {},
                            "custom_attributes": {},
                            "blocked": false,
                            "type": "contact"
                          }
                        }
                      ],
                      "contact": {
                        "id": 81,
                        "name": "Sam Example",
                        "email": "sam@example.com",
                        "phone_number": null,
                        "account_id": 1,
                        "created_at": "2024-02-29T09:00:00.000Z",
                        "updated_at": "2024-02-29T09:00:00.000Z",
                        "additional_attributes": {},
                        "identifier": null,
                        "custom_attributes": {},
                        "last_activity_at": "2024-03-04T09:00:00.000Z",
                        "contact_type": "lead",
                        "middle_name": "",
                        "last_name": "",
                        "location": null,
                        "country_code": null,
                        "blocked": false,
                        "company_id": null
                      }
                    }
                  },
                  "already-resolved": {
                    "summary": "A resolved conversation, unchanged",
                    "value": {
                      "id": 59,
                      "uuid": "b1e2c3d4-0000-4000-8000-000000000059",
                      "inbox_id": 1,
                      "contact_last_seen_at": 0,
                      "status": "resolved",
                      "agent_last_seen_at": 0,
                      "messages": [
                        {
                          "id": 63,
                          "content": "Thanks, that solved it.",
                          "message_type": 0,
                          "content_type": "text",
                          "content_attributes": {},
                          "created_at": 1709542800,
                          "conversation_id": 59,
                          "sender": {
                            "id": 81,
                            "name": "Sam Example",
                            "email": "sam@example.com",
                            "phone_number": null,
                            "identifier": null,
                            "thumbnail": "",
                            "additional_attributes": {},
                            "custom_attributes": {},
                            "blocked": false,
                            "type": "contact"
                          }
                        }
                      ],
                      "contact": {
                        "id": 81,
                        "name": "Sam Example",
                        "email": "sam@example.com",
                        "phone_number": null,
                        "account_id": 1,
                        "created_at": "2024-02-29T09:00:00.000Z",
                        "updated_at": "2024-02-29T09:00:00.000Z",
                        "additional_attributes": {},
                        "identifier": null,
                        "custom_attributes": {},
                        "last_activity_at": "2024-03-04T09:00:00.000Z",
                        "contact_type": "lead",
                        "middle_name": "",
                        "last_name": "",
                        "location": null,
                        "country_code": null,
                        "blocked": false,
                        "company_id": null
                      }
                    }
                  }
                }
              }
            },
            "links": {
              "GetCsatSurvey": {
                "operationId": "getCsatSurvey",
                "parameters": {
                  "conversation_uuid": "$response.body#/uuid"
                }
              },
              "UpdateCsatSurvey": {
                "operationId": "updateCsatSurvey",
                "parameters": {
                  "conversation_uuid": "$response.body#/uuid"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/ConversationNotFound"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "422": {
            "$ref": "#/components/responses/InvalidParameters"
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
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/toggle_typing": {
      "post": {
        "operationId": "toggleConversationTyping",
        "x-upstream-operationId": "toggle-typing-status",
        "tags": [
          "Conversations API"
        ],
        "summary": "Toggle typing status",
        "parameters": [
          {
            "name": "inbox_identifier",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/InboxIdentifier"
            },
            "examples": {
              "typing-on": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "typing-off": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "typing-ignored": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "not-found": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              }
            }
          },
          {
            "name": "contact_identifier",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/ContactIdentifier"
            },
            "examples": {
              "typing-on": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              },
              "typing-off": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              },
              "typing-ignored": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              },
              "not-found": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              }
            }
          },
          {
            "name": "conversation_id",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "typing-on": {
                "summary": "The docs' conversation",
                "value": 56
              },
              "typing-off": {
                "summary": "The docs' conversation",
                "value": 56
              },
              "typing-ignored": {
                "summary": "The docs' conversation",
                "value": 56
              },
              "not-found": {
                "summary": "No such conversation",
                "value": 999999
              }
            }
          },
          {
            "name": "typing_status",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            },
            "examples": {
              "typing-on": {
                "summary": "The contact started typing",
                "value": "on"
              },
              "typing-ignored": {
                "summary": "A value the server ignores (older clients send `recording`)",
                "value": "recording"
              }
            }
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TypingStatusPayload"
              },
              "examples": {
                "typing-off": {
                  "summary": "The contact stopped typing, in the body",
                  "value": {
                    "typing_status": "off"
                  }
                }
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/TypingStatusPayload"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/TypingStatusPayload"
              }
            }
          }
        },
        "responses": {
          "200": {},
          "404": {
            "$ref": "#/components/responses/ConversationNotFound"
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
          "422": {
            "$ref": "#/components/responses/TypingInvalid"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/update_last_seen": {
      "post": {
        "operationId": "updateConversationLastSeen",
        "x-upstream-operationId": "update-last-seen",
        "tags": [
          "Conversations API"
        ],
        "summary": "Update last seen",
        "parameters": [
          {
            "name": "inbox_identifier",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/InboxIdentifier"
            },
            "examples": {
              "seen": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "not-found": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              }
            }
          },
          {
            "name": "contact_identifier",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/ContactIdentifier"
            },
            "examples": {
              "seen": {
                "summary": "The contact whose conversations only the named sets change",
                "value": "contact_sets_example"
              },
              "not-found": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              }
            }
          },
          {
            "name": "conversation_id",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "seen": {
                "summary": "A conversation that only this set marks as seen",
                "value": 60
              },
              "not-found": {
                "summary": "No such conversation",
                "value": 999999
              }
            }
          }
        ],
        "responses": {
          "200": {},
          "404": {
            "$ref": "#/components/responses/ConversationNotFound"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "422": {
            "$ref": "#/components/responses/InvalidParameters"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      }
    },
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages": {
      "get": {
        "operationId": "listMessages",
        "x-upstream-operationId": "list-all-converation-messages",
        "tags": [
          "Messages API"
        ],
        "summary": "List all messages",
        "parameters": [
          {
            "name": "inbox_identifier",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/InboxIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "empty": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "attachments": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "not-found": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              }
            }
          },
          {
            "name": "contact_identifier",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/ContactIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              },
              "empty": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              },
              "attachments": {
                "summary": "A contact whose conversation holds one attachment of each kind",
                "value": "contact_attachments_example"
              },
              "not-found": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              }
            }
          },
          {
            "name": "conversation_id",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' conversation",
                "value": 56
              },
              "empty": {
                "summary": "The docs' conversation",
                "value": 56
              },
              "attachments": {
                "summary": "An image, a file and a location",
                "value": 55
              },
              "not-found": {
                "summary": "No such conversation",
                "value": 999999
              }
            }
          },
          {
            "name": "before",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "empty": {
                "summary": "The first message of conversation 56, before which there is none",
                "value": 31
              }
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicMessageList"
                },
                "examples": {
                  "docs-example": {
                    "summary": "Conversation 56 of contact `contact_identifier_example` (shortened)",
                    "value": [
                      {
                        "id": 41,
                        "content": "Arx caveo calco tantillus ago tyrannus adversus.",
                        "message_type": 1,
                        "content_type": "text",
                        "content_attributes": {},
                        "created_at": 1709289600,
                        "conversation_id": 56,
                        "sender": {
                          "id": 1,
                          "name": "Support Agent",
                          "available_name": "Support Agent",
                          "avatar_url": "",
                          "availability_status": "online",
                          "type": "user",
                          "thumbnail": ""
                        }
                      },
                      {
                        "id": 42,
                        "content": "Abstergo cunctatio truculenter.",
                        "message_type": 0,
                        "content_type": "text",
                        "content_attributes": {},
                        "created_at": 1709290200,
                        "conversation_id": 56,
                        "sender": {
                          "id": 77,
                          "name": "Bryon Doyle",
                          "email": "bryon.kassulke@gmail.com",
                          "phone_number": null,
                          "identifier": null,
                          "thumbnail": "",
                          "additional_attributes": {},
                          "custom_attributes": {},
                          "blocked": false,
                          "type": "contact"
                        }
                      },
                      {
                        "id": 60,
                        "content": "Ipsum tersus stabilis video dedecor cetera adnuo amplitudo audacia.",
                        "message_type": 0,
                        "content_type": "text",
                        "content_attributes": {},
                        "created_at": 1709301000,
                        "conversation_id": 56,
                        "sender": {
                          "id": 77,
                          "name": "Bryon Doyle",
                          "email": "bryon.kassulke@gmail.com",
                          "phone_number": null,
                          "identifier": null,
                          "thumbnail": "",
                          "additional_attributes": {},
                          "custom_attributes": {},
                          "blocked": false,
                          "type": "contact"
                        }
                      }
                    ]
                  },
                  "empty": {
                    "summary": "A page before the first message",
                    "value": []
                  },
                  "attachments": {
                    "summary": "Conversation 55, one attachment of each kind (an image, a file, a location)",
                    "value": [
                      {
                        "id": 28,
                        "content": "The parcel arrived damaged.",
                        "message_type": 0,
                        "content_type": "text",
                        "content_attributes": {},
                        "created_at": 1709197800,
                        "conversation_id": 55,
                        "attachments": [
                          {
                            "id": 1,
                            "message_id": 28,
                            "file_type": "image",
                            "account_id": 1,
                            "extension": null,
                            "data_url": "https://app.chatwoot.com/rails/active_storage/blobs/redirect/eyJfcmFpbHMiOnsiZGF0YSI6MSwicHVyIjoiYmxvYl9pZCJ9fQ==--00c67f413436fb2aa7133cdf746d33804cc37b7d/parcel.png",
                            "thumb_url": "https://app.chatwoot.com/rails/active_storage/representations/redirect/eyJfcmFpbHMiOnsiZGF0YSI6MSwicHVyIjoiYmxvYl9pZCJ9fQ==--00c67f413436fb2aa7133cdf746d33804cc37b7d/eyJfcmFpbHMiOnsiZGF0YSI6eyJmb3JtYXQiOiJwbmciLCJyZXNpemVfdG9fZmlsbCI6WzI1MCxudWxsXX0sInB1ciI6InZhcmlhdGlvbiJ9fQ==--448a57b77b01d1f811e07b719db906da08f0d87b/parcel.png",
                            "file_size": 73,
                            "width": 4,
                            "height": 3
                          }
                        ],
                        "sender": {
                          "id": 74,
                          "name": "Ada Example",
                          "email": "ada@example.com",
                          "phone_number": null,
                          "identifier": null,
                          "thumbnail": "",
                          "additional_attributes": {},
                          "custom_attributes": {},
                          "blocked": false,
                          "type": "contact"
                        }
                      },
                      {
                        "id": 29,
                        "content": "Here is your return label.",
                        "message_type": 1,
                        "content_type": "text",
                        "content_attributes": {},
                        "created_at": 1709198400,
                        "conversation_id": 55,
                        "attachments": [
                          {
                            "id": 2,
                            "message_id": 29,
                            "file_type": "file",
                            "account_id": 1,
                            "extension": null,
                            "data_url": "https://app.chatwoot.com/rails/active_storage/blobs/redirect/eyJfcmFpbHMiOnsiZGF0YSI6MiwicHVyIjoiYmxvYl9pZCJ9fQ==--609271738bfc43ccbba1adedc6a482eedf742d4f/return-label.pdf",
                            "thumb_url": "",
                            "file_size": 193,
                            "width": null,
                            "height": null
                          }
                        ],
                        "sender": {
                          "id": 1,
                          "name": "Support Agent",
                          "available_name": "Support Agent",
                          "avatar_url": "",
                          "type": "user",
                          "availability_status": "online",
                          "thumbnail": ""
                        }
                      },
                      {
                        "id": 30,
                        "content": null,
                        "message_type": 0,
                        "content_type": "text",
                        "content_attributes": {},
                        "created_at": 1709199000,
                        "conversation_id": 55,
                        "attachments": [
                          {
                            "id": 3,
                            "message_id": 30,
                            "file_type": "location",
                            "account_id": 1,
                            "coordinates_lat": 52.5219,
                            "coordinates_long": 13.4132,
                            "fallback_title": "Parcel shop, Alexanderplatz 1, Berlin",
                            "data_url": "https://www.google.com/maps?q=52.5219,13.4132"
                          }
                        ],
                        "sender": {
                          "id": 74,
                          "name": "Ada Example",
                          "email": "ada@example.com",
                          "phone_number": null,
                          "identifier": null,
                          "thumbnail": "",
                          "additional_attributes": {},
                          "custom_attributes": {},
                          "blocked": false,
                          "type": "contact"
                        }
                      }
                    ]
                  }
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/ConversationNotFound"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "422": {
            "$ref": "#/components/responses/InvalidParameters"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      },
      "post": {
        "operationId": "createMessage",
        "x-upstream-operationId": "create-a-message",
        "tags": [
          "Messages API"
        ],
        "summary": "Create a message",
        "parameters": [
          {
            "name": "inbox_identifier",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/InboxIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "content-only": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "no-body": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              },
              "not-found": {
                "summary": "The docs' inbox",
                "value": "inbox_identifier_example"
              }
            }
          },
          {
            "name": "contact_identifier",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/ContactIdentifier"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              },
              "content-only": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              },
              "no-body": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              },
              "not-found": {
                "summary": "The docs' contact",
                "value": "contact_identifier_example"
              }
            }
          },
          {
            "name": "conversation_id",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/Id"
            },
            "examples": {
              "docs-example": {
                "summary": "The docs' conversation",
                "value": 56
              },
              "content-only": {
                "summary": "The docs' conversation",
                "value": 56
              },
              "no-body": {
                "summary": "The docs' conversation",
                "value": 56
              },
              "not-found": {
                "summary": "No such conversation",
                "value": 999999
              }
            }
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PublicMessageCreatePayload"
              },
              "examples": {
                "docs-example": {
                  "summary": "A text message with an echo id (the docs' example values)",
                  "value": {
                    "content": "Hello, how can I help you?",
                    "echo_id": "1234567890"
                  }
                },
                "content-only": {
                  "summary": "Just the text",
                  "value": {
                    "content": "Do you ship to Canada?"
                  }
                },
                "not-found": {
                  "summary": "A message for a conversation that does not exist",
                  "value": {
                    "content": "Hello?"
                  }
                }
              }
            },
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/PublicMessageCreatePayload"
              }
            },
            "multipart/form-data": {
              "schema": {
                "$ref": "#/components/schemas/PublicMessageCreateForm"
              },
              "encoding": {
                "attachments": {
                  "contentType": "*/*"
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
                  "$ref": "#/components/schemas/PublicMessage"
                },
                "examples": {
                  "docs-example": {
                    "summary": "The incoming message created from the docs' example body",
                    "value": {
                      "id": 70,
                      "content": "Hello, how can I help you?",
                      "message_type": 0,
                      "content_type": "text",
                      "content_attributes": {},
                      "created_at": 1796090251,
                      "conversation_id": 56,
                      "sender": {
                        "id": 77,
                        "name": "Bryon Doyle",
                        "email": "bryon.kassulke@gmail.com",
                        "phone_number": null,
                        "identifier": null,
                        "thumbnail": "",
                        "additional_attributes": {},
                        "custom_attributes": {},
                        "blocked": false,
                        "type": "contact"
                      }
                    }
                  },
                  "content-only": {
                    "summary": "The incoming message created from just a text",
                    "value": {
                      "id": 70,
                      "content": "Do you ship to Canada?",
                      "message_type": 0,
                      "content_type": "text",
                      "content_attributes": {},
                      "created_at": 1796090251,
                      "conversation_id": 56,
                      "sender": {
                        "id": 77,
                        "name": "Bryon Doyle",
                        "email": "bryon.kassulke@gmail.com",
                        "phone_number": null,
                        "identifier": null,
                        "thumbnail": "",
                        "additional_attributes": {},
                        "custom_attributes": {},
                        "blocked": false,
                        "type": "contact"
                      }
                    }
                  },
                  "no-body": {
                    "summary": "An empty POST, a message without content",
                    "value": {
                      "id": 70,
                      "content": null,
                      "message_type": 0,
                      "content_type": "text",
                      "content_attributes": {},
                      "created_at": 1796090251,
                      "conversation_id": 56,
                      "sender": {
                        "id": 77,
                        "name": "Bryon Doyle",
                        "email": "bryon.kassulke@gmail.com",
                        "phone_number": null,
                        "identifier": null,
                        "thumbnail": "",
                        "additional_attributes": {},
                        "custom_attributes": {},
                        "blocked": false,
                        "type": "contact"
                      }
                    }
                  }
                }
              }
            },
            "links": {
              "UpdateMessage": {
                "operationId": "updateMessage",
                "parameters": {
                  "inbox_identifier": "$request.path.inbox_identifier",
                  "contact_identifier": "$request.path.contact_identifier",
                  "conversation_id": "$request.path.conversation_id",
                  "message_id": "$response.body#/id"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/ConversationNotFound"
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
          "422": {
            "$ref": "#/components/responses/MessageInvalid"
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
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages/{message_id}": {
      "parameters": [
        {
          "name": "inbox_identifier",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/InboxIdentifier"
          },
          "examples": {
            "csat-response": {
              "summary": "The docs' inbox",
              "value": "inbox_identifier_example"
            },
            "select-reply": {
              "summary": "The docs' inbox",
              "value": "inbox_identifier_example"
            },
            "form-reply": {
              "summary": "The docs' inbox",
              "value": "inbox_identifier_example"
            },
            "csat-locked": {
              "summary": "The docs' inbox",
              "value": "inbox_identifier_example"
            },
            "not-found": {
              "summary": "The docs' inbox",
              "value": "inbox_identifier_example"
            }
          }
        },
        {
          "name": "contact_identifier",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/ContactIdentifier"
          },
          "examples": {
            "csat-response": {
              "summary": "The contact whose conversations only the named sets change",
              "value": "contact_sets_example"
            },
            "select-reply": {
              "summary": "The contact whose conversations only the named sets change",
              "value": "contact_sets_example"
            },
            "form-reply": {
              "summary": "The contact whose conversations only the named sets change",
              "value": "contact_sets_example"
            },
            "csat-locked": {
              "summary": "The docs' contact",
              "value": "contact_identifier_example"
            },
            "not-found": {
              "summary": "The docs' contact",
              "value": "contact_identifier_example"
            }
          }
        },
        {
          "name": "conversation_id",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/Id"
          },
          "examples": {
            "csat-response": {
              "summary": "A conversation with a CSAT survey that can be answered",
              "value": 61
            },
            "select-reply": {
              "summary": "A conversation with a bot's select and form",
              "value": 63
            },
            "form-reply": {
              "summary": "A conversation with a bot's select and form",
              "value": 63
            },
            "csat-locked": {
              "summary": "The docs' conversation, whose CSAT survey is old",
              "value": 56
            },
            "not-found": {
              "summary": "The docs' conversation",
              "value": 56
            }
          }
        },
        {
          "name": "message_id",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/Id"
          },
          "examples": {
            "csat-response": {
              "summary": "The CSAT survey of conversation 61 (dated in the future, so never locked)",
              "value": 65
            },
            "select-reply": {
              "summary": "A bot's input_select message",
              "value": 67
            },
            "form-reply": {
              "summary": "A bot's form message",
              "value": 68
            },
            "csat-locked": {
              "summary": "The CSAT survey of conversation 56, sent on 2024-03-01",
              "value": 45
            },
            "not-found": {
              "summary": "No such message in the conversation",
              "value": 999999
            }
          }
        }
      ],
      "patch": {
        "operationId": "updateMessage",
        "x-upstream-operationId": "update-a-message",
        "tags": [
          "Messages API"
        ],
        "summary": "Update a message",
        "requestBody": {
          "$ref": "#/components/requestBodies/MessageUpdate"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/MessageUpdated"
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
          "422": {
            "$ref": "#/components/responses/MessageUpdateRejected"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "507": {
            "$ref": "#/components/responses/InsufficientStorage"
          }
        }
      },
      "put": {
        "operationId": "putMessage",
        "tags": [
          "Messages API"
        ],
        "summary": "Update a message (PUT)",
        "requestBody": {
          "$ref": "#/components/requestBodies/MessageUpdate"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/MessageUpdated"
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
          "422": {
            "$ref": "#/components/responses/MessageUpdateRejected"
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
    "/public/api/v1/csat_survey/{conversation_uuid}": {
      "get": {
        "operationId": "getCsatSurvey",
        "tags": [
          "CSAT Survey API"
        ],
        "summary": "Get a CSAT survey",
        "parameters": [
          {
            "name": "conversation_uuid",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/ConversationUuid"
            },
            "examples": {
              "survey": {
                "summary": "Conversation 56, whose survey is not answered",
                "value": "b1e2c3d4-0000-4000-8000-000000000056"
              },
              "answered": {
                "summary": "Conversation 64, whose survey was answered",
                "value": "b1e2c3d4-0000-4000-8000-000000000064"
              },
              "not-found": {
                "summary": "No conversation has this UUID",
                "value": "00000000-0000-4000-8000-000000000000"
              }
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CsatSurvey"
                },
                "examples": {
                  "survey": {
                    "summary": "A survey without an answer",
                    "value": {
                      "id": 45,
                      "csat_survey_response": null,
                      "display_type": "emoji",
                      "content": null,
                      "inbox_avatar_url": "",
                      "inbox_name": "Website",
                      "locale": "en",
                      "conversation_id": 1,
                      "created_at": "2024-03-01T11:20:00.000Z"
                    }
                  },
                  "answered": {
                    "summary": "A survey with the contact's recorded answer",
                    "value": {
                      "id": 69,
                      "csat_survey_response": {
                        "id": 1,
                        "account_id": 1,
                        "conversation_id": 9,
                        "message_id": 69,
                        "rating": 4,
                        "feedback_message": "Quick and friendly.",
                        "contact_id": 81,
                        "assigned_agent_id": null,
                        "created_at": "2024-03-09T10:00:00.000Z",
                        "updated_at": "2024-03-09T10:00:00.000Z",
                        "csat_review_notes": null,
                        "review_notes_updated_at": null,
                        "review_notes_updated_by_id": null
                      },
                      "display_type": "emoji",
                      "content": null,
                      "inbox_avatar_url": "",
                      "inbox_name": "Website",
                      "locale": "en",
                      "conversation_id": 9,
                      "created_at": "2024-03-09T09:00:00.000Z"
                    }
                  }
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/CsatSurveyNotFound"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "422": {
            "$ref": "#/components/responses/InvalidParameters"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          }
        }
      },
      "put": {
        "operationId": "updateCsatSurvey",
        "tags": [
          "CSAT Survey API"
        ],
        "summary": "Answer a CSAT survey",
        "parameters": [
          {
            "$ref": "#/components/parameters/CsatSurveyUpdateConversationUuid"
          }
        ],
        "requestBody": {
          "$ref": "#/components/requestBodies/CsatSurveyUpdate"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/CsatSurveyUpdated"
          },
          "404": {
            "$ref": "#/components/responses/CsatSurveyNotFound"
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
          "422": {
            "$ref": "#/components/responses/CsatSurveyUpdateRejected"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "507": {
            "$ref": "#/components/responses/InsufficientStorage"
          }
        }
      },
      "patch": {
        "operationId": "patchCsatSurvey",
        "tags": [
          "CSAT Survey API"
        ],
        "summary": "Answer a CSAT survey (PATCH)",
        "parameters": [
          {
            "$ref": "#/components/parameters/CsatSurveyUpdateConversationUuid"
          }
        ],
        "requestBody": {
          "$ref": "#/components/requestBodies/CsatSurveyUpdate"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/CsatSurveyUpdated"
          },
          "404": {
            "$ref": "#/components/responses/CsatSurveyNotFound"
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
          "422": {
            "$ref": "#/components/responses/CsatSurveyUpdateRejected"
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
    "/rails/active_storage/blobs/redirect/{signed_id}/{filename}": {
      "get": {
        "operationId": "getAttachmentFile",
        "tags": [
          "Attachments"
        ],
        "summary": "Get an attachment's file",
        "security": [
          {}
        ],
        "parameters": [
          {
            "name": "signed_id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "minLength": 1
            },
            "examples": {
              "image": {
                "summary": "The image of message 28",
                "value": "eyJfcmFpbHMiOnsiZGF0YSI6MSwicHVyIjoiYmxvYl9pZCJ9fQ==--00c67f413436fb2aa7133cdf746d33804cc37b7d"
              },
              "file": {
                "summary": "The PDF of message 29",
                "value": "eyJfcmFpbHMiOnsiZGF0YSI6MiwicHVyIjoiYmxvYl9pZCJ9fQ==--609271738bfc43ccbba1adedc6a482eedf742d4f"
              },
              "not-found": {
                "summary": "No such file",
                "value": "eyJfcmFpbHMiOnsiZGF0YSI6OTk5LCJwdXIiOiJibG9iX2lkIn19--0000000000000000000000000000000000000000"
              }
            }
          },
          {
            "name": "filename",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "minLength": 1
            },
            "examples": {
              "image": {
                "summary": "Its file name",
                "value": "parcel.png"
              },
              "file": {
                "summary": "Its file name",
                "value": "return-label.pdf"
              },
              "not-found": {
                "summary": "A file name",
                "value": "missing.png"
              }
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "image/png": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                },
                "examples": {
                  "image": {
                    "summary": "A 4 × 3 PNG, its 73 bytes",
                    "value": "the 73 bytes of the PNG file"
                  }
                }
              },
              "application/pdf": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                },
                "examples": {
                  "file": {
                    "summary": "A one-page PDF, its 193 bytes",
                    "value": "the 193 bytes of the PDF file"
                  }
                }
              },
              "*/*": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/FileNotFound"
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
    "/rails/active_storage/representations/redirect/{signed_blob_id}/{variation_key}/{filename}": {
      "get": {
        "operationId": "getAttachmentThumbnail",
        "tags": [
          "Attachments"
        ],
        "summary": "Get an image attachment's thumbnail",
        "security": [
          {}
        ],
        "parameters": [
          {
            "name": "signed_blob_id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "minLength": 1
            },
            "examples": {
              "image": {
                "summary": "The image of message 28",
                "value": "eyJfcmFpbHMiOnsiZGF0YSI6MSwicHVyIjoiYmxvYl9pZCJ9fQ==--00c67f413436fb2aa7133cdf746d33804cc37b7d"
              },
              "not-an-image": {
                "summary": "The PDF of message 29, which has no thumbnail",
                "value": "eyJfcmFpbHMiOnsiZGF0YSI6MiwicHVyIjoiYmxvYl9pZCJ9fQ==--609271738bfc43ccbba1adedc6a482eedf742d4f"
              }
            }
          },
          {
            "name": "variation_key",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "minLength": 1
            },
            "examples": {
              "image": {
                "summary": "The thumbnail's variation",
                "value": "eyJfcmFpbHMiOnsiZGF0YSI6eyJmb3JtYXQiOiJwbmciLCJyZXNpemVfdG9fZmlsbCI6WzI1MCxudWxsXX0sInB1ciI6InZhcmlhdGlvbiJ9fQ==--448a57b77b01d1f811e07b719db906da08f0d87b"
              },
              "not-an-image": {
                "summary": "The thumbnail's variation",
                "value": "eyJfcmFpbHMiOnsiZGF0YSI6eyJmb3JtYXQiOiJwbmciLCJyZXNpemVfdG9fZmlsbCI6WzI1MCxudWxsXX0sInB1ciI6InZhcmlhdGlvbiJ9fQ==--448a57b77b01d1f811e07b719db906da08f0d87b"
              }
            }
          },
          {
            "name": "filename",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "minLength": 1
            },
            "examples": {
              "image": {
                "summary": "Its file name",
                "value": "parcel.png"
              },
              "not-an-image": {
                "summary": "A file name",
                "value": "return-label.png"
              }
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "image/png": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                },
                "examples": {
                  "image": {
                    "summary": "The 4 × 3 PNG itself",
                    "value": "the 73 bytes of the PNG file"
                  }
                }
              },
              "image/*": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/ThumbnailNotFound"
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
      "userApiKey": {
        "type": "apiKey",
        "in": "header",
        "name": "api_access_token"
      }
    },
    "parameters": {
      "ContactUpdateInboxIdentifier": {
        "name": "inbox_identifier",
        "in": "path",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/InboxIdentifier"
        },
        "examples": {
          "updated": {
            "summary": "The docs' inbox",
            "value": "inbox_identifier_example"
          },
          "merged": {
            "summary": "The docs' inbox",
            "value": "inbox_identifier_example"
          },
          "email-taken": {
            "summary": "The docs' inbox",
            "value": "inbox_identifier_example"
          },
          "identity-required": {
            "summary": "An inbox that requires identity validation",
            "value": "identity_inbox_example"
          },
          "not-found": {
            "summary": "The docs' inbox",
            "value": "inbox_identifier_example"
          }
        }
      },
      "ContactUpdateContactIdentifier": {
        "name": "contact_identifier",
        "in": "path",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/ContactIdentifier"
        },
        "examples": {
          "updated": {
            "summary": "A contact that only the update sets change",
            "value": "contact_update_example"
          },
          "merged": {
            "summary": "A visitor that only the merge set changes (it is merged into contact 76)",
            "value": "contact_merge_example"
          },
          "email-taken": {
            "summary": "A contact that only the update sets change",
            "value": "contact_update_example"
          },
          "identity-required": {
            "summary": "An identified contact, updated without its hash",
            "value": "identity_contact_example"
          },
          "not-found": {
            "summary": "No such contact in the inbox",
            "value": "contact_identifier_unknown"
          }
        }
      },
      "CsatSurveyUpdateConversationUuid": {
        "name": "conversation_uuid",
        "in": "path",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/ConversationUuid"
        },
        "examples": {
          "rated": {
            "summary": "Conversation 62, whose survey is dated in the future (so never locked)",
            "value": "b1e2c3d4-0000-4000-8000-000000000062"
          },
          "csat-locked": {
            "summary": "Conversation 56, whose survey was sent on 2024-03-01",
            "value": "b1e2c3d4-0000-4000-8000-000000000056"
          },
          "not-found": {
            "summary": "No conversation has this UUID",
            "value": "00000000-0000-4000-8000-000000000000"
          }
        }
      }
    },
    "requestBodies": {
      "ContactUpdate": {
        "required": false,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/PublicContactUpdatePayload"
            },
            "examples": {
              "updated": {
                "summary": "A new name, email and phone number, and a custom attribute",
                "value": {
                  "name": "Carol Danvers",
                  "email": "carol@example.com",
                  "phone_number": "+14155550123",
                  "custom_attributes": {
                    "plan": "pro"
                  }
                }
              },
              "merged": {
                "summary": "The email of another contact of the account (an identified one), as it has it",
                "value": {
                  "email": "kim@example.com"
                }
              },
              "email-taken": {
                "summary": "The email of another contact of the account, in other letter case",
                "value": {
                  "email": "SAM@example.com"
                }
              },
              "identity-required": {
                "summary": "A new name without the identifier hash the inbox requires",
                "value": {
                  "name": "Dana"
                }
              },
              "not-found": {
                "summary": "A new name for a contact that does not exist",
                "value": {
                  "name": "Dana"
                }
              }
            }
          },
          "application/x-www-form-urlencoded": {
            "schema": {
              "$ref": "#/components/schemas/PublicContactUpdatePayload"
            }
          },
          "multipart/form-data": {
            "schema": {
              "$ref": "#/components/schemas/PublicContactUpdatePayload"
            }
          }
        }
      },
      "MessageUpdate": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/PublicMessageUpdatePayload"
            },
            "examples": {
              "csat-response": {
                "summary": "A CSAT survey answer",
                "value": {
                  "submitted_values": {
                    "csat_survey_response": {
                      "feedback_message": "Great service!",
                      "rating": 5
                    }
                  }
                }
              },
              "select-reply": {
                "summary": "The option picked from an input_select message",
                "value": {
                  "submitted_values": [
                    {
                      "title": "Billing",
                      "value": "billing"
                    }
                  ]
                }
              },
              "form-reply": {
                "summary": "The fields of a form message",
                "value": {
                  "submitted_values": [
                    {
                      "name": "email",
                      "title": "Email",
                      "value": "alice@example.com"
                    }
                  ]
                }
              },
              "csat-locked": {
                "summary": "A CSAT survey answer, more than 14 days after the survey",
                "value": {
                  "submitted_values": {
                    "csat_survey_response": {
                      "feedback_message": "Great service!",
                      "rating": 5
                    }
                  }
                }
              },
              "not-found": {
                "summary": "An answer to a message that does not exist",
                "value": {
                  "submitted_values": [
                    {
                      "title": "Billing",
                      "value": "billing"
                    }
                  ]
                }
              }
            }
          },
          "application/x-www-form-urlencoded": {
            "schema": {
              "$ref": "#/components/schemas/PublicMessageUpdatePayload"
            }
          },
          "multipart/form-data": {
            "schema": {
              "$ref": "#/components/schemas/PublicMessageUpdatePayload"
            }
          }
        }
      },
      "CsatSurveyUpdate": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/CsatSurveyUpdatePayload"
            },
            "examples": {
              "rated": {
                "summary": "A rating with feedback",
                "value": {
                  "message": {
                    "submitted_values": {
                      "csat_survey_response": {
                        "rating": 4,
                        "feedback_message": "Quick and friendly."
                      }
                    }
                  }
                }
              },
              "csat-locked": {
                "summary": "A rating more than 14 days after the survey",
                "value": {
                  "message": {
                    "submitted_values": {
                      "csat_survey_response": {
                        "rating": 4,
                        "feedback_message": "Quick and friendly."
                      }
                    }
                  }
                }
              },
              "not-found": {
                "summary": "A rating for a conversation that does not exist",
                "value": {
                  "message": {
                    "submitted_values": {
                      "csat_survey_response": {
                        "rating": 4
                      }
                    }
                  }
                }
              }
            }
          },
          "application/x-www-form-urlencoded": {
            "schema": {
              "$ref": "#/components/schemas/CsatSurveyUpdatePayload"
            }
          },
          "multipart/form-data": {
            "schema": {
              "$ref": "#/components/schemas/CsatSurveyUpdatePayload"
            }
          }
        }
      }
    },
    "responses": {
      "PayloadTooLarge": {
        "x-mock": "not example-reachable",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "payload-too-large": {
                "summary": "Payload Too Large",
                "value": {
                  "status": 413,
                  "error": "Payload Too Large"
                }
              }
            }
          }
        }
      },
      "UriTooLong": {
        "x-mock": "not example-reachable",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "uri-too-long": {
                "summary": "URI Too Long",
                "value": {
                  "status": 414,
                  "error": "URI Too Long"
                }
              }
            }
          }
        }
      },
      "InsufficientStorage": {
        "x-mock": "not example-reachable",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "insufficient-storage": {
                "summary": "Insufficient Storage",
                "value": {
                  "status": 507,
                  "error": "Insufficient Storage"
                }
              }
            }
          }
        }
      },
      "InternalServerError": {
        "x-mock": "not example-reachable",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "internal": {
                "summary": "A server fault",
                "value": {
                  "status": 500,
                  "error": "Internal Server Error"
                }
              }
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "x-mock": "not example-reachable",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "unsupported-media-type": {
                "summary": "A body sent as text/plain",
                "x-chatmock-request": {
                  "method": "POST",
                  "path": "/public/api/v1/inboxes/inbox_identifier_example/contacts",
                  "contentType": "text/plain",
                  "body": "hi"
                },
                "value": {
                  "status": 415,
                  "error": "Unsupported Media Type"
                }
              }
            }
          }
        }
      },
      "IdentityRefused": {
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "identity-required": {
                "summary": "No identifier hash, in an inbox that requires identity validation",
                "value": {
                  "status": 500,
                  "error": "Internal Server Error"
                }
              }
            }
          }
        }
      },
      "IdentityRefusedStrict": {
        "x-mock": "not example-reachable",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/IdentityError"
            },
            "examples": {
              "identity-refused-strict": {
                "summary": "No identifier hash, in an inbox that requires identity validation, in strict mode",
                "x-chatmock-request": {
                  "method": "POST",
                  "path": "/public/api/v1/inboxes/identity_inbox_example/contacts",
                  "headers": {
                    "prefer": "handling=strict"
                  },
                  "body": {
                    "identifier": "user-2002"
                  }
                },
                "value": {
                  "error": "HMAC failed: Invalid Identifier Hash Provided"
                }
              }
            }
          }
        }
      },
      "InboxNotFound": {
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "not-found": {
                "summary": "Unknown inbox",
                "value": {
                  "status": 404,
                  "error": "Not Found"
                }
              }
            }
          }
        }
      },
      "ContactNotFound": {
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "not-found": {
                "summary": "Unknown contact",
                "value": {
                  "status": 404,
                  "error": "Not Found"
                }
              }
            }
          }
        }
      },
      "ConversationNotFound": {
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "not-found": {
                "summary": "Unknown conversation",
                "value": {
                  "status": 404,
                  "error": "Not Found"
                }
              }
            }
          }
        }
      },
      "MessageNotFound": {
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "not-found": {
                "summary": "Unknown message",
                "value": {
                  "status": 404,
                  "error": "Not Found"
                }
              }
            }
          }
        }
      },
      "FileNotFound": {
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "not-found": {
                "summary": "Unknown file",
                "value": {
                  "status": 404,
                  "error": "Not Found"
                }
              }
            }
          }
        }
      },
      "ThumbnailNotFound": {
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "not-an-image": {
                "summary": "A file without a thumbnail",
                "value": {
                  "status": 404,
                  "error": "Not Found"
                }
              }
            }
          }
        }
      },
      "CsatSurveyNotFound": {
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RailsError"
            },
            "examples": {
              "not-found": {
                "summary": "Unknown conversation",
                "value": {
                  "status": 404,
                  "error": "Not Found"
                }
              }
            }
          }
        }
      },
      "InvalidParameters": {
        "x-mock": "not example-reachable",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ValidationError"
            },
            "examples": {
              "invalid-conversation-id": {
                "summary": "`conversation_id` is not an integer, in strict mode",
                "x-chatmock-request": {
                  "method": "GET",
                  "path": "/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/abc",
                  "headers": {
                    "prefer": "handling=strict"
                  }
                },
                "value": {
                  "message": "path parameter \"conversation_id\" must be integer (got \"abc\")",
                  "attributes": [
                    "conversation_id"
                  ],
                  "issues": [
                    {
                      "location": "path",
                      "pointer": "/conversation_id",
                      "keyword": "type",
                      "message": "path parameter \"conversation_id\" must be integer (got \"abc\")"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "ContactInvalid": {
        "x-mock": "not example-reachable",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ValidationError"
            },
            "examples": {
              "invalid-phone-number": {
                "summary": "A phone number that is not in E.164 form",
                "x-chatmock-request": {
                  "method": "POST",
                  "path": "/public/api/v1/inboxes/inbox_identifier_example/contacts",
                  "body": {
                    "phone_number": "0123"
                  }
                },
                "value": {
                  "message": "Phone number should be in e164 format",
                  "attributes": [
                    "phone_number"
                  ],
                  "issues": [
                    {
                      "location": "body",
                      "pointer": "/phone_number",
                      "keyword": "pattern",
                      "message": "body field \"phone_number\" must match (^$)|(\\+[1-9]\\d{1,14}$) (got \"0123\")"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "ContactUpdated": {
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ContactRecord"
            },
            "examples": {
              "updated": {
                "summary": "The updated contact",
                "value": {
                  "id": 79,
                  "name": "Carol Danvers",
                  "email": "carol@example.com",
                  "phone_number": "+14155550123",
                  "account_id": 1,
                  "created_at": "2024-02-29T09:00:00.000Z",
                  "updated_at": "2026-12-01T01:57:31.052Z",
                  "additional_attributes": {},
                  "identifier": null,
                  "custom_attributes": {
                    "plan": "pro"
                  },
                  "last_activity_at": null,
                  "contact_type": "lead",
                  "middle_name": "",
                  "last_name": "",
                  "location": null,
                  "country_code": null,
                  "blocked": false,
                  "company_id": null
                }
              },
              "merged": {
                "summary": "The contact that had the email, which the visitor was merged into (another id)",
                "value": {
                  "id": 76,
                  "name": "Kim Example",
                  "email": "kim@example.com",
                  "phone_number": null,
                  "account_id": 1,
                  "created_at": "2024-02-29T09:00:00.000Z",
                  "updated_at": "2024-02-29T09:00:00.000Z",
                  "additional_attributes": {},
                  "identifier": "user-1002",
                  "custom_attributes": {},
                  "last_activity_at": null,
                  "contact_type": "lead",
                  "middle_name": "",
                  "last_name": "",
                  "location": null,
                  "country_code": null,
                  "blocked": false,
                  "company_id": null
                }
              }
            }
          }
        }
      },
      "ContactUpdateRejected": {
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ValidationError"
            },
            "examples": {
              "email-taken": {
                "summary": "The email of another contact, in other letter case",
                "value": {
                  "message": "Email has already been taken",
                  "attributes": [
                    "email"
                  ]
                }
              },
              "invalid-email": {
                "summary": "An email the server's contact validation refuses",
                "x-mock": "not example-reachable",
                "x-chatmock-request": {
                  "method": "PATCH",
                  "path": "/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example",
                  "body": {
                    "email": "carol"
                  }
                },
                "value": {
                  "message": "Email Invalid email",
                  "attributes": [
                    "email"
                  ],
                  "issues": [
                    {
                      "location": "body",
                      "pointer": "/email",
                      "keyword": "pattern",
                      "message": "body field \"email\" must match ^([^@\\s]+@[^@\\s]+)?$ (got \"carol\")"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "ConversationInvalid": {
        "x-mock": "not example-reachable",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ValidationError"
            },
            "examples": {
              "unknown-field": {
                "summary": "A body field that the endpoint does not take, in strict mode",
                "x-chatmock-request": {
                  "method": "POST",
                  "path": "/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations",
                  "headers": {
                    "prefer": "handling=strict"
                  },
                  "body": {
                    "status": "open"
                  }
                },
                "value": {
                  "message": "body field \"status\" is not allowed",
                  "attributes": [
                    "status"
                  ],
                  "issues": [
                    {
                      "location": "body",
                      "pointer": "/status",
                      "keyword": "additionalProperties",
                      "message": "body field \"status\" is not allowed"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "TypingInvalid": {
        "x-mock": "not example-reachable",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ValidationError"
            },
            "examples": {
              "typing-status-not-a-string": {
                "summary": "A `typing_status` that is a number",
                "x-chatmock-request": {
                  "method": "POST",
                  "path": "/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/56/toggle_typing",
                  "body": {
                    "typing_status": 1
                  }
                },
                "value": {
                  "message": "body field \"typing_status\" must be string (got 1)",
                  "attributes": [
                    "typing_status"
                  ],
                  "issues": [
                    {
                      "location": "body",
                      "pointer": "/typing_status",
                      "keyword": "type",
                      "message": "body field \"typing_status\" must be string (got 1)"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "MessageInvalid": {
        "x-mock": "not example-reachable",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ValidationError"
            },
            "examples": {
              "content-too-long": {
                "summary": "Content of 150,001 characters",
                "x-chatmock-request": {
                  "method": "POST",
                  "path": "/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/56/messages",
                  "body": {
                    "content": "a"
                  },
                  "repeat": {
                    "pointer": "/content",
                    "text": "a",
                    "times": 150001
                  }
                },
                "value": {
                  "message": "Content is too long (maximum is 150000 characters)",
                  "attributes": [
                    "content"
                  ],
                  "issues": [
                    {
                      "location": "body",
                      "pointer": "/content",
                      "keyword": "maxLength",
                      "message": "body field \"content\" must be at most 150000 characters (got 150001)"
                    }
                  ]
                }
              },
              "unknown-field": {
                "summary": "A body field that the endpoint does not take, in strict mode",
                "x-chatmock-request": {
                  "method": "POST",
                  "path": "/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/56/messages",
                  "headers": {
                    "prefer": "handling=strict"
                  },
                  "body": {
                    "content": "hi",
                    "message_type": "incoming"
                  }
                },
                "value": {
                  "message": "body field \"message_type\" is not allowed",
                  "attributes": [
                    "message_type"
                  ],
                  "issues": [
                    {
                      "location": "body",
                      "pointer": "/message_type",
                      "keyword": "additionalProperties",
                      "message": "body field \"message_type\" is not allowed"
                    }
                  ]
                }
              },
              "too-many-messages": {
                "summary": "The 201st message within a minute in one conversation",
                "x-chatmock-request": {
                  "method": "POST",
                  "path": "/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/56/messages",
                  "headers": {
                    "prefer": "example=too-many-messages"
                  },
                  "body": {
                    "content": "Hello again"
                  }
                },
                "value": {
                  "message": "Too many messages",
                  "attributes": [
                    "base"
                  ]
                }
              }
            }
          }
        }
      },
      "MessageUpdated": {
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/PublicMessage"
            },
            "examples": {
              "csat-response": {
                "summary": "A CSAT survey message after the contact answered it",
                "value": {
                  "id": 65,
                  "content": "Please rate the conversation",
                  "message_type": 3,
                  "content_type": "input_csat",
                  "content_attributes": {
                    "display_type": "emoji",
                    "submitted_values": {
                      "csat_survey_response": {
                        "feedback_message": "Great service!",
                        "rating": 5
                      }
                    }
                  },
                  "created_at": 4102444800,
                  "conversation_id": 61
                }
              },
              "select-reply": {
                "summary": "An input_select message after the contact picked an option",
                "value": {
                  "id": 67,
                  "content": "Which topic is it about?",
                  "message_type": 1,
                  "content_type": "input_select",
                  "content_attributes": {
                    "items": [
                      {
                        "title": "Billing",
                        "value": "billing"
                      },
                      {
                        "title": "Shipping",
                        "value": "shipping"
                      }
                    ],
                    "submitted_values": [
                      {
                        "title": "Billing",
                        "value": "billing"
                      }
                    ]
                  },
                  "created_at": 1709888400,
                  "conversation_id": 63,
                  "sender": {
                    "id": 2,
                    "name": "Support bot",
                    "avatar_url": "",
                    "type": "agent_bot"
                  }
                }
              },
              "form-reply": {
                "summary": "A form message after the contact filled it in",
                "value": {
                  "id": 68,
                  "content": "How can we reach you?",
                  "message_type": 1,
                  "content_type": "form",
                  "content_attributes": {
                    "items": [
                      {
                        "name": "email",
                        "label": "Email",
                        "type": "email",
                        "placeholder": "Your email"
                      }
                    ],
                    "submitted_values": [
                      {
                        "name": "email",
                        "title": "Email",
                        "value": "alice@example.com"
                      }
                    ]
                  },
                  "created_at": 1709888460,
                  "conversation_id": 63,
                  "sender": {
                    "id": 2,
                    "name": "Support bot",
                    "avatar_url": "",
                    "type": "agent_bot"
                  }
                }
              }
            }
          }
        }
      },
      "MessageUpdateRejected": {
        "content": {
          "application/json": {
            "schema": {
              "oneOf": [
                {
                  "$ref": "#/components/schemas/ValidationError"
                },
                {
                  "$ref": "#/components/schemas/CsatLockedError"
                }
              ]
            },
            "examples": {
              "csat-locked": {
                "summary": "A CSAT survey answered more than 14 days after it was sent",
                "value": {
                  "error": "You cannot update the CSAT survey after 14 days"
                }
              },
              "invalid-rating": {
                "summary": "A rating that is not an integer",
                "x-mock": "not example-reachable",
                "x-chatmock-request": {
                  "method": "PATCH",
                  "path": "/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/61/messages/65",
                  "body": {
                    "submitted_values": {
                      "csat_survey_response": {
                        "rating": "five"
                      }
                    }
                  }
                },
                "value": {
                  "message": "body field \"submitted_values\" must be a SubmittedValue or array (got {\"csat_survey_response\":{\"rating\":\"five\"}})",
                  "attributes": [
                    "submitted_values"
                  ],
                  "issues": [
                    {
                      "location": "body",
                      "pointer": "/submitted_values",
                      "keyword": "oneOf",
                      "message": "body field \"submitted_values\" must be a SubmittedValue or array (got {\"csat_survey_response\":{\"rating\":\"five\"}})"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "CsatSurveyUpdated": {
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/CsatSurvey"
            },
            "examples": {
              "rated": {
                "summary": "The survey just answered",
                "value": {
                  "id": 66,
                  "csat_survey_response": null,
                  "display_type": "emoji",
                  "content": null,
                  "inbox_avatar_url": "",
                  "inbox_name": "Website",
                  "locale": "en",
                  "conversation_id": 7,
                  "created_at": "2100-01-01T00:00:00.000Z"
                }
              }
            }
          }
        }
      },
      "CsatSurveyUpdateRejected": {
        "content": {
          "application/json": {
            "schema": {
              "oneOf": [
                {
                  "$ref": "#/components/schemas/ValidationError"
                },
                {
                  "$ref": "#/components/schemas/CsatLockedError"
                }
              ]
            },
            "examples": {
              "csat-locked": {
                "summary": "A rating more than 14 days after the survey was sent",
                "value": {
                  "error": "You cannot update the CSAT survey after 14 days"
                }
              },
              "invalid-rating": {
                "summary": "A rating above 5",
                "x-mock": "not example-reachable",
                "x-chatmock-request": {
                  "method": "PUT",
                  "path": "/public/api/v1/csat_survey/b1e2c3d4-0000-4000-8000-000000000062",
                  "body": {
                    "message": {
                      "submitted_values": {
                        "csat_survey_response": {
                          "rating": 6
                        }
                      }
                    }
                  }
                },
                "value": {
                  "message": "body field \"message.submitted_values\" must be a SubmittedValue or array (got {\"csat_survey_response\":{\"rating\":6}})",
                  "attributes": [
                    "message"
                  ],
                  "issues": [
                    {
                      "location": "body",
                      "pointer": "/message/submitted_values",
                      "keyword": "oneOf",
                      "message": "body field \"message.submitted_values\" must be a SubmittedValue or array (got {\"csat_survey_response\":{\"rating\":6}})"
                    }
                  ]
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
        "maximum": 9007199254740991
      },
      "InboxIdentifier": {
        "type": "string",
        "minLength": 1
      },
      "ContactIdentifier": {
        "type": "string",
        "minLength": 1
      },
      "ConversationUuid": {
        "type": "string",
        "minLength": 1
      },
      "PublicInbox": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "identifier",
          "identity_validation_enabled",
          "name",
          "timezone",
          "working_hours",
          "working_hours_enabled",
          "csat_survey_enabled",
          "greeting_enabled"
        ],
        "properties": {
          "identifier": {
            "type": "string"
          },
          "identity_validation_enabled": {
            "type": "boolean"
          },
          "name": {
            "type": "string"
          },
          "timezone": {
            "type": "string"
          },
          "working_hours": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WorkingHour"
            }
          },
          "working_hours_enabled": {
            "type": "boolean"
          },
          "csat_survey_enabled": {
            "type": "boolean"
          },
          "greeting_enabled": {
            "type": "boolean"
          }
        }
      },
      "WorkingHour": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "day_of_week",
          "closed_all_day",
          "open_hour",
          "open_minutes",
          "close_hour",
          "close_minutes",
          "open_all_day"
        ],
        "properties": {
          "day_of_week": {
            "type": "integer",
            "minimum": 0,
            "maximum": 6
          },
          "closed_all_day": {
            "type": "boolean"
          },
          "open_hour": {
            "type": [
              "integer",
              "null"
            ]
          },
          "open_minutes": {
            "type": [
              "integer",
              "null"
            ]
          },
          "close_hour": {
            "type": [
              "integer",
              "null"
            ]
          },
          "close_minutes": {
            "type": [
              "integer",
              "null"
            ]
          },
          "open_all_day": {
            "type": "boolean"
          }
        }
      },
      "PublicContact": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "source_id",
          "pubsub_token",
          "id",
          "name",
          "email",
          "phone_number"
        ],
        "properties": {
          "source_id": {
            "type": "string"
          },
          "pubsub_token": {
            "type": "string"
          },
          "id": {
            "type": "integer"
          },
          "name": {
            "type": [
              "string",
              "null"
            ]
          },
          "email": {
            "type": [
              "string",
              "null"
            ]
          },
          "phone_number": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "ContactRecord": {
        "type": "object",
        "additionalProperties": true,
        "required": [
          "id",
          "name",
          "email",
          "phone_number",
          "account_id",
          "created_at",
          "updated_at",
          "additional_attributes",
          "identifier",
          "custom_attributes",
          "last_activity_at",
          "contact_type",
          "middle_name",
          "last_name",
          "location",
          "country_code",
          "blocked"
        ],
        "properties": {
          "id": {
            "type": "integer"
          },
          "name": {
            "type": [
              "string",
              "null"
            ]
          },
          "email": {
            "type": [
              "string",
              "null"
            ]
          },
          "phone_number": {
            "type": [
              "string",
              "null"
            ]
          },
          "account_id": {
            "type": "integer"
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "updated_at": {
            "type": "string",
            "format": "date-time"
          },
          "additional_attributes": {
            "type": "object",
            "additionalProperties": true
          },
          "identifier": {
            "type": [
              "string",
              "null"
            ]
          },
          "custom_attributes": {
            "type": "object",
            "additionalProperties": true
          },
          "last_activity_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "contact_type": {
            "type": [
              "string",
              "null"
            ],
            "enum": [
              "visitor",
              "lead",
              "customer",
              null
            ]
          },
          "middle_name": {
            "type": [
              "string",
              "null"
            ]
          },
          "last_name": {
            "type": [
              "string",
              "null"
            ]
          },
          "location": {
            "type": [
              "string",
              "null"
            ]
          },
          "country_code": {
            "type": [
              "string",
              "null"
            ]
          },
          "blocked": {
            "type": "boolean"
          },
          "company_id": {
            "type": [
              "integer",
              "null"
            ]
          }
        }
      },
      "PublicContactCreatePayload": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "source_id": {
            "type": "string",
            "minLength": 1
          },
          "identifier": {
            "type": "string"
          },
          "identifier_hash": {
            "type": "string"
          },
          "email": {
            "type": "string",
            "pattern": "^([^@\\s]+@[^@\\s]+)?$"
          },
          "name": {
            "type": "string"
          },
          "phone_number": {
            "type": "string",
            "pattern": "(^$)|(\\+[1-9]\\d{1,14}$)"
          },
          "avatar_url": {
            "type": "string"
          },
          "custom_attributes": {
            "type": "object",
            "additionalProperties": true
          }
        }
      },
      "PublicContactUpdatePayload": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "identifier": {
            "type": "string"
          },
          "identifier_hash": {
            "type": "string"
          },
          "email": {
            "type": "string",
            "pattern": "^([^@\\s]+@[^@\\s]+)?$"
          },
          "name": {
            "type": "string"
          },
          "phone_number": {
            "type": "string",
            "pattern": "(^$)|(\\+[1-9]\\d{1,14}$)"
          },
          "avatar_url": {
            "type": "string"
          },
          "custom_attributes": {
            "type": "object",
            "additionalProperties": true
          }
        }
      },
      "PublicConversation": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "uuid",
          "inbox_id",
          "contact_last_seen_at",
          "status",
          "agent_last_seen_at",
          "messages",
          "contact"
        ],
        "properties": {
          "id": {
            "type": "integer"
          },
          "uuid": {
            "type": "string",
            "format": "uuid"
          },
          "inbox_id": {
            "type": "integer"
          },
          "contact_last_seen_at": {
            "type": "integer"
          },
          "status": {
            "type": "string",
            "enum": [
              "open",
              "resolved",
              "pending",
              "snoozed"
            ]
          },
          "agent_last_seen_at": {
            "type": "integer"
          },
          "messages": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PublicMessage"
            }
          },
          "contact": {
            "$ref": "#/components/schemas/ContactRecord"
          }
        }
      },
      "PublicConversationList": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/PublicConversation"
        }
      },
      "PublicConversationCreatePayload": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "custom_attributes": {
            "type": "object",
            "additionalProperties": true
          }
        }
      },
      "TypingStatusPayload": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "typing_status": {
            "type": "string"
          }
        }
      },
      "PublicMessage": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "content",
          "message_type",
          "content_type",
          "content_attributes",
          "created_at",
          "conversation_id"
        ],
        "properties": {
          "id": {
            "type": "integer"
          },
          "content": {
            "type": [
              "string",
              "null"
            ],
            "description": "Text content of the message; null for messages without text (for example attachments only)."
          },
          "message_type": {
            "type": "integer",
            "enum": [
              0,
              1,
              2,
              3
            ]
          },
          "content_type": {
            "type": "string",
            "enum": [
              "text",
              "input_text",
              "input_textarea",
              "input_email",
              "input_select",
              "cards",
              "form",
              "article",
              "incoming_email",
              "input_csat",
              "integrations",
              "sticker",
              "voice_call"
            ]
          },
          "content_attributes": {
            "type": "object",
            "additionalProperties": true,
            "properties": {
              "submitted_values": {
                "oneOf": [
                  {
                    "$ref": "#/components/schemas/SubmittedValue"
                  },
                  {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/SubmittedValue"
                    }
                  }
                ]
              }
            }
          },
          "created_at": {
            "type": "integer"
          },
          "conversation_id": {
            "type": "integer"
          },
          "attachments": {
            "type": "array",
            "minItems": 1,
            "items": {
              "$ref": "#/components/schemas/PublicMessageAttachment"
            }
          },
          "sender": {
            "$ref": "#/components/schemas/PublicMessageSender"
          }
        }
      },
      "PublicMessageList": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/PublicMessage"
        }
      },
      "PublicMessageAttachment": {
        "type": "object",
        "additionalProperties": true,
        "properties": {
          "id": {
            "type": "integer"
          },
          "message_id": {
            "type": "integer"
          },
          "file_type": {
            "type": "string",
            "enum": [
              "image",
              "audio",
              "video",
              "file",
              "location",
              "fallback",
              "share",
              "story_mention",
              "contact",
              "ig_reel",
              "ig_post",
              "ig_story",
              "embed"
            ]
          },
          "account_id": {
            "type": "integer"
          },
          "extension": {
            "type": [
              "string",
              "null"
            ]
          },
          "data_url": {
            "type": [
              "string",
              "null"
            ]
          },
          "thumb_url": {
            "type": "string"
          },
          "file_size": {
            "type": "integer"
          },
          "width": {
            "type": [
              "integer",
              "null"
            ]
          },
          "height": {
            "type": [
              "integer",
              "null"
            ]
          },
          "coordinates_lat": {
            "type": "number"
          },
          "coordinates_long": {
            "type": "number"
          },
          "fallback_title": {
            "type": [
              "string",
              "null"
            ]
          },
          "meta": {
            "type": "object",
            "additionalProperties": true
          },
          "transcribed_text": {
            "type": "string"
          }
        }
      },
      "PublicMessageSender": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "name",
          "type"
        ],
        "properties": {
          "id": {
            "type": "integer"
          },
          "name": {
            "type": [
              "string",
              "null"
            ]
          },
          "email": {
            "type": [
              "string",
              "null"
            ]
          },
          "phone_number": {
            "type": [
              "string",
              "null"
            ]
          },
          "identifier": {
            "type": [
              "string",
              "null"
            ]
          },
          "thumbnail": {
            "type": "string"
          },
          "additional_attributes": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": true
          },
          "custom_attributes": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": true
          },
          "blocked": {
            "type": "boolean"
          },
          "available_name": {
            "type": [
              "string",
              "null"
            ]
          },
          "avatar_url": {
            "type": "string"
          },
          "availability_status": {
            "type": [
              "string",
              "null"
            ]
          },
          "description": {
            "type": [
              "string",
              "null"
            ]
          },
          "created_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "type": {
            "type": "string",
            "enum": [
              "contact",
              "user",
              "agent_bot",
              "captain_assistant"
            ]
          }
        }
      },
      "PublicMessageCreatePayload": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "content": {
            "type": "string",
            "maxLength": 150000,
            "description": "Text of the message, at most 150,000 characters."
          },
          "echo_id": {
            "type": "string"
          }
        }
      },
      "PublicMessageCreateForm": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "content": {
            "type": "string",
            "maxLength": 150000,
            "description": "Text of the message, at most 150,000 characters."
          },
          "echo_id": {
            "type": "string"
          },
          "attachments": {
            "type": "array",
            "items": {
              "type": "string",
              "format": "binary"
            }
          }
        }
      },
      "PublicMessageUpdatePayload": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "submitted_values": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/SubmittedValue"
              },
              {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/SubmittedValue"
                }
              }
            ]
          }
        }
      },
      "SubmittedValue": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "name": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "value": {
            "type": "string"
          },
          "csat_survey_response": {
            "$ref": "#/components/schemas/CsatSurveyResponse"
          }
        }
      },
      "CsatSurveyResponse": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "feedback_message": {
            "type": "string"
          },
          "rating": {
            "type": "integer",
            "minimum": 1,
            "maximum": 5
          }
        }
      },
      "CsatSurvey": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "csat_survey_response",
          "display_type",
          "content",
          "inbox_avatar_url",
          "inbox_name",
          "locale",
          "conversation_id",
          "created_at"
        ],
        "properties": {
          "id": {
            "type": "integer"
          },
          "csat_survey_response": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/CsatSurveyResponseRecord"
              },
              {
                "type": "null"
              }
            ]
          },
          "display_type": {
            "type": "string"
          },
          "content": {
            "type": [
              "string",
              "null"
            ],
            "description": "The inbox's own survey text; null when it has none."
          },
          "inbox_avatar_url": {
            "type": "string"
          },
          "inbox_name": {
            "type": "string"
          },
          "locale": {
            "type": "string"
          },
          "conversation_id": {
            "type": "integer"
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "CsatSurveyResponseRecord": {
        "type": "object",
        "additionalProperties": true,
        "required": [
          "id",
          "account_id",
          "conversation_id",
          "message_id",
          "rating",
          "feedback_message",
          "contact_id",
          "assigned_agent_id",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "type": "integer"
          },
          "account_id": {
            "type": "integer"
          },
          "conversation_id": {
            "type": "integer"
          },
          "message_id": {
            "type": "integer"
          },
          "rating": {
            "type": "integer"
          },
          "feedback_message": {
            "type": [
              "string",
              "null"
            ]
          },
          "contact_id": {
            "type": "integer"
          },
          "assigned_agent_id": {
            "type": [
              "integer",
              "null"
            ]
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "updated_at": {
            "type": "string",
            "format": "date-time"
          },
          "csat_review_notes": {
            "type": [
              "string",
              "null"
            ]
          },
          "review_notes_updated_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "review_notes_updated_by_id": {
            "type": [
              "integer",
              "null"
            ]
          }
        }
      },
      "CsatSurveyUpdatePayload": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "message"
        ],
        "properties": {
          "message": {
            "$ref": "#/components/schemas/PublicMessageUpdatePayload"
          }
        }
      },
      "RailsError": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "status",
          "error"
        ],
        "properties": {
          "status": {
            "type": "integer"
          },
          "error": {
            "type": "string"
          }
        }
      },
      "ValidationError": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "message",
          "attributes"
        ],
        "properties": {
          "message": {
            "type": "string"
          },
          "attributes": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "issues": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Issue"
            }
          }
        }
      },
      "CsatLockedError": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "string"
          }
        }
      },
      "IdentityError": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "string"
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
    }
  }
} as unknown as OpenAPIV3_1.Document
