// Generated from specs/chatwoot.asyncapi.yaml by scripts/generate-specs.ts. Do not edit: run "npm run gen".

const payload0 = {
  "type": "object",
  "additionalProperties": true,
  "description": "A message as Chatwoot pushes it: `Message#push_event_data` (the message's columns, with `created_at` in Unix seconds, `message_type` as its number and `conversation_id` as the conversation's display number) merged with `account_id`; on `message.updated` also the save's `previous_changes`. Other fields are allowed: newer Chatwoot versions add columns. When an agent's action caused it, `performer` is that agent.",
  "required": [
    "id",
    "content",
    "account_id",
    "inbox_id",
    "conversation_id",
    "message_type",
    "created_at",
    "updated_at",
    "private",
    "status",
    "source_id",
    "content_type",
    "content_attributes",
    "sender_type",
    "sender_id",
    "external_source_ids",
    "additional_attributes",
    "processed_message_content",
    "sentiment",
    "conversation"
  ],
  "properties": {
    "id": {
      "type": "integer"
    },
    "content": {
      "$ref": "#/components/schemas/PublicMessage/properties/content"
    },
    "account_id": {
      "type": "integer"
    },
    "inbox_id": {
      "type": "integer",
      "description": "The numeric id of the conversation's inbox."
    },
    "conversation_id": {
      "$ref": "#/components/schemas/PublicMessage/properties/conversation_id"
    },
    "message_type": {
      "$ref": "#/components/schemas/PublicMessage/properties/message_type"
    },
    "created_at": {
      "$ref": "#/components/schemas/PublicMessage/properties/created_at"
    },
    "updated_at": {
      "type": "string",
      "format": "date-time",
      "description": "When the message last changed, as an ISO 8601 string with milliseconds (Rails' JSON of a time)."
    },
    "private": {
      "type": "boolean",
      "description": "Always false here; a private note never reaches a contact.",
      "const": false
    },
    "status": {
      "type": "string",
      "enum": [
        "sent",
        "delivered",
        "read",
        "failed"
      ],
      "description": "The message's stored status: `sent` when it is made; `read` once `UpdateMessageStatusJob`, which `update_last_seen` queues, marked it (every message that is not the contact's, still `sent` or `delivered`, created no later than the look). Chatwoot's channels that report delivery also use `delivered` and `failed`; an API inbox does not."
    },
    "source_id": {
      "type": [
        "string",
        "null"
      ],
      "description": "The message's id on an external channel; null for an API inbox."
    },
    "content_type": {
      "$ref": "#/components/schemas/PublicMessage/properties/content_type"
    },
    "content_attributes": {
      "$ref": "#/components/schemas/PublicMessage/properties/content_attributes"
    },
    "sender_type": {
      "type": [
        "string",
        "null"
      ],
      "enum": [
        "Contact",
        "User",
        "AgentBot",
        "Captain::Assistant",
        null
      ],
      "description": "The sender's model; null for a message without a sender (a template such as the CSAT survey)."
    },
    "sender_id": {
      "type": [
        "integer",
        "null"
      ]
    },
    "external_source_ids": {
      "type": "object",
      "additionalProperties": true,
      "description": "Ids of the message on external systems; `{}` in the mock."
    },
    "additional_attributes": {
      "type": "object",
      "additionalProperties": true,
      "description": "`{}` in the mock."
    },
    "processed_message_content": {
      "type": [
        "string",
        "null"
      ],
      "description": "Inferred: the content as Chatwoot processed it (an email's reply without its quoted text); the same as `content` in the mock."
    },
    "sentiment": {
      "type": "object",
      "additionalProperties": true,
      "description": "`{}` in the mock."
    },
    "echo_id": {
      "type": "string",
      "description": "The `echo_id` the contact sent with the message; only on the contact's own `message.created`."
    },
    "previous_changes": {
      "type": "object",
      "description": "On `message.updated`: Rails' `previous_changes` of the save, each changed column as `[before, after]`, `updated_at` included (ISO 8601 strings), for example `{\"status\": [\"sent\", \"read\"], \"updated_at\": [\"2024-06-03T10:01:00.000Z\", \"2024-06-03T10:01:30.100Z\"]}`.",
      "additionalProperties": {
        "type": "array",
        "minItems": 2,
        "maxItems": 2
      }
    },
    "attachments": {
      "$ref": "#/components/schemas/PublicMessage/properties/attachments"
    },
    "sender": {
      "$ref": "#/components/schemas/PublicMessageSender"
    },
    "performer": {
      "$ref": "#/components/schemas/PublicMessageSender"
    },
    "conversation": {
      "type": "object",
      "additionalProperties": false,
      "description": "A summary of the message's conversation.",
      "required": [
        "assignee_id",
        "unread_count",
        "last_activity_at",
        "contact_inbox"
      ],
      "properties": {
        "assignee_id": {
          "type": [
            "integer",
            "null"
          ],
          "description": "The assigned agent's id; null in the mock, which assigns no one."
        },
        "unread_count": {
          "type": "integer",
          "minimum": 0,
          "maximum": 10,
          "description": "The contact's messages the agents have not seen (created after `agent_last_seen_at`), at most 10, as Chatwoot counts them."
        },
        "last_activity_at": {
          "type": "integer",
          "description": "Inferred: in Unix seconds, the time of the conversation's latest message, or of its creation when it has none."
        },
        "contact_inbox": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "source_id"
          ],
          "properties": {
            "source_id": {
              "type": "string",
              "description": "The contact's `source_id` in the conversation's inbox."
            }
          }
        }
      }
    }
  }
}

const payload1 = {
  "description": "A conversation as Chatwoot pushes it, merged with `account_id` (the broadcast adds it).",
  "allOf": [
    {
      "type": "object",
      "additionalProperties": true,
      "description": "A conversation as Chatwoot renders it for events (`Conversations::EventDataPresenter#push_data`), every field it sends. With SLAs on (an enterprise feature) Chatwoot adds `applied_sla`, `sla_events` and `sla_policy_id`, which the mock, without SLAs, never sends; other fields are allowed for those newer versions add. The mock has no assignees, teams, labels, priorities or snoozing: those fields are always empty.",
      "required": [
        "additional_attributes",
        "can_reply",
        "channel",
        "contact_inbox",
        "id",
        "inbox_id",
        "messages",
        "labels",
        "meta",
        "status",
        "custom_attributes",
        "snoozed_until",
        "unread_count",
        "first_reply_created_at",
        "priority",
        "waiting_since",
        "agent_last_seen_at",
        "contact_last_seen_at",
        "last_activity_at",
        "timestamp",
        "created_at",
        "updated_at"
      ],
      "properties": {
        "additional_attributes": {
          "type": "object",
          "additionalProperties": true,
          "description": "`{}` in the mock."
        },
        "can_reply": {
          "type": "boolean",
          "description": "Whether an agent can still reply (always true for an API inbox)."
        },
        "channel": {
          "type": "string",
          "description": "The inbox's channel type, `Channel::Api` for an API inbox."
        },
        "contact_inbox": {
          "type": "object",
          "additionalProperties": false,
          "description": "The conversation's contact inbox, as the record renders (timestamps as ISO 8601 strings).",
          "required": [
            "id",
            "contact_id",
            "inbox_id",
            "source_id",
            "created_at",
            "updated_at",
            "hmac_verified",
            "pubsub_token"
          ],
          "properties": {
            "id": {
              "type": "integer"
            },
            "contact_id": {
              "type": "integer"
            },
            "inbox_id": {
              "type": "integer"
            },
            "source_id": {
              "type": "string"
            },
            "created_at": {
              "type": "string",
              "format": "date-time"
            },
            "updated_at": {
              "type": "string",
              "format": "date-time"
            },
            "hmac_verified": {
              "type": "boolean"
            },
            "pubsub_token": {
              "type": "string"
            }
          }
        },
        "id": {
          "type": "integer",
          "description": "The conversation's display number (the `conversation_id` of the client API's paths)."
        },
        "inbox_id": {
          "type": "integer"
        },
        "messages": {
          "type": "array",
          "maxItems": 1,
          "description": "The conversation's latest message a contact may see (no private notes, no activity messages), if any.",
          "items": {
            "type": "object",
            "additionalProperties": true,
            "description": "A message as Chatwoot pushes it: `Message#push_event_data` (the message's columns, with `created_at` in Unix seconds, `message_type` as its number and `conversation_id` as the conversation's display number) merged with `account_id`; on `message.updated` also the save's `previous_changes`. Other fields are allowed: newer Chatwoot versions add columns. When an agent's action caused it, `performer` is that agent.",
            "required": [
              "id",
              "content",
              "account_id",
              "inbox_id",
              "conversation_id",
              "message_type",
              "created_at",
              "updated_at",
              "private",
              "status",
              "source_id",
              "content_type",
              "content_attributes",
              "sender_type",
              "sender_id",
              "external_source_ids",
              "additional_attributes",
              "processed_message_content",
              "sentiment",
              "conversation"
            ],
            "properties": {
              "id": {
                "type": "integer"
              },
              "content": {
                "$ref": "#/components/schemas/PublicMessage/properties/content"
              },
              "account_id": {
                "type": "integer"
              },
              "inbox_id": {
                "type": "integer",
                "description": "The numeric id of the conversation's inbox."
              },
              "conversation_id": {
                "$ref": "#/components/schemas/PublicMessage/properties/conversation_id"
              },
              "message_type": {
                "$ref": "#/components/schemas/PublicMessage/properties/message_type"
              },
              "created_at": {
                "$ref": "#/components/schemas/PublicMessage/properties/created_at"
              },
              "updated_at": {
                "type": "string",
                "format": "date-time",
                "description": "When the message last changed, as an ISO 8601 string with milliseconds (Rails' JSON of a time)."
              },
              "private": {
                "type": "boolean",
                "description": "Always false here; a private note never reaches a contact.",
                "const": false
              },
              "status": {
                "type": "string",
                "enum": [
                  "sent",
                  "delivered",
                  "read",
                  "failed"
                ],
                "description": "The message's stored status: `sent` when it is made; `read` once `UpdateMessageStatusJob`, which `update_last_seen` queues, marked it (every message that is not the contact's, still `sent` or `delivered`, created no later than the look). Chatwoot's channels that report delivery also use `delivered` and `failed`; an API inbox does not."
              },
              "source_id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "The message's id on an external channel; null for an API inbox."
              },
              "content_type": {
                "$ref": "#/components/schemas/PublicMessage/properties/content_type"
              },
              "content_attributes": {
                "$ref": "#/components/schemas/PublicMessage/properties/content_attributes"
              },
              "sender_type": {
                "type": [
                  "string",
                  "null"
                ],
                "enum": [
                  "Contact",
                  "User",
                  "AgentBot",
                  "Captain::Assistant",
                  null
                ],
                "description": "The sender's model; null for a message without a sender (a template such as the CSAT survey)."
              },
              "sender_id": {
                "type": [
                  "integer",
                  "null"
                ]
              },
              "external_source_ids": {
                "type": "object",
                "additionalProperties": true,
                "description": "Ids of the message on external systems; `{}` in the mock."
              },
              "additional_attributes": {
                "type": "object",
                "additionalProperties": true,
                "description": "`{}` in the mock."
              },
              "processed_message_content": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Inferred: the content as Chatwoot processed it (an email's reply without its quoted text); the same as `content` in the mock."
              },
              "sentiment": {
                "type": "object",
                "additionalProperties": true,
                "description": "`{}` in the mock."
              },
              "echo_id": {
                "type": "string",
                "description": "The `echo_id` the contact sent with the message; only on the contact's own `message.created`."
              },
              "previous_changes": {
                "type": "object",
                "description": "On `message.updated`: Rails' `previous_changes` of the save, each changed column as `[before, after]`, `updated_at` included (ISO 8601 strings), for example `{\"status\": [\"sent\", \"read\"], \"updated_at\": [\"2024-06-03T10:01:00.000Z\", \"2024-06-03T10:01:30.100Z\"]}`.",
                "additionalProperties": {
                  "type": "array",
                  "minItems": 2,
                  "maxItems": 2
                }
              },
              "attachments": {
                "$ref": "#/components/schemas/PublicMessage/properties/attachments"
              },
              "sender": {
                "$ref": "#/components/schemas/PublicMessageSender"
              },
              "performer": {
                "$ref": "#/components/schemas/PublicMessageSender"
              },
              "conversation": {
                "type": "object",
                "additionalProperties": false,
                "description": "A summary of the message's conversation.",
                "required": [
                  "assignee_id",
                  "unread_count",
                  "last_activity_at",
                  "contact_inbox"
                ],
                "properties": {
                  "assignee_id": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "description": "The assigned agent's id; null in the mock, which assigns no one."
                  },
                  "unread_count": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 10,
                    "description": "The contact's messages the agents have not seen (created after `agent_last_seen_at`), at most 10, as Chatwoot counts them."
                  },
                  "last_activity_at": {
                    "type": "integer",
                    "description": "Inferred: in Unix seconds, the time of the conversation's latest message, or of its creation when it has none."
                  },
                  "contact_inbox": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                      "source_id"
                    ],
                    "properties": {
                      "source_id": {
                        "type": "string",
                        "description": "The contact's `source_id` in the conversation's inbox."
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "labels": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "meta": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "sender",
            "assignee",
            "assignee_type",
            "team",
            "hmac_verified"
          ],
          "properties": {
            "sender": {
              "$ref": "#/components/schemas/PublicMessageSender"
            },
            "assignee": {
              "description": "The assigned agent (or agent bot); always null in the mock.",
              "oneOf": [
                {
                  "type": "null"
                },
                {
                  "$ref": "#/components/schemas/PublicMessageSender"
                }
              ]
            },
            "assignee_type": {
              "type": [
                "string",
                "null"
              ],
              "enum": [
                "User",
                "AgentBot",
                null
              ],
              "description": "The assignee's model (`Conversation#assignee_type`); null when nobody is assigned, always in the mock."
            },
            "team": {
              "type": [
                "object",
                "null"
              ],
              "additionalProperties": true,
              "description": "The assigned team; always null in the mock."
            },
            "hmac_verified": {
              "type": "boolean"
            }
          }
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
        "custom_attributes": {
          "type": "object",
          "additionalProperties": true
        },
        "snoozed_until": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "unread_count": {
          "type": "integer",
          "minimum": 0,
          "maximum": 10,
          "description": "The contact's messages the agents have not seen, at most 10."
        },
        "first_reply_created_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time",
          "description": "When an agent first answered in public (ISO 8601 with milliseconds); null until then."
        },
        "priority": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "low",
            "medium",
            "high",
            "urgent",
            null
          ]
        },
        "waiting_since": {
          "type": "integer",
          "description": "Unix seconds since when the contact waits for an answer (from the creation, ended by an agent's answer or a resolve, started again by the contact's next message); 0 when it waits for nobody."
        },
        "agent_last_seen_at": {
          "type": "integer",
          "description": "Unix seconds; 0 if never."
        },
        "contact_last_seen_at": {
          "type": "integer",
          "description": "Unix seconds; 0 if never."
        },
        "last_activity_at": {
          "type": "integer",
          "description": "Inferred: in Unix seconds, the time of the conversation's latest message, or of its creation when it has none."
        },
        "timestamp": {
          "type": "integer",
          "description": "The same as `last_activity_at`."
        },
        "created_at": {
          "type": "integer",
          "description": "Unix seconds."
        },
        "updated_at": {
          "type": "number",
          "description": "When a column last changed, in Unix seconds with their fraction (`updated_at.to_f`)."
        },
        "applied_sla": {
          "type": [
            "object",
            "null"
          ],
          "additionalProperties": true,
          "description": "With SLAs on, the SLA applied to the conversation (`AppliedSla#push_event_data`); never sent by the mock."
        },
        "sla_events": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": true
          },
          "description": "With SLAs on, the conversation's SLA misses (`SlaEvent#push_event_data`); never sent by the mock."
        },
        "sla_policy_id": {
          "type": [
            "integer",
            "null"
          ],
          "description": "With SLAs on, the conversation's SLA policy; never sent by the mock."
        }
      }
    },
    {
      "type": "object",
      "additionalProperties": true,
      "required": [
        "account_id"
      ],
      "properties": {
        "account_id": {
          "type": "integer"
        },
        "performer": {
          "$ref": "#/components/schemas/PublicMessageSender"
        }
      }
    }
  ]
}

const payload2 = {
  "type": "object",
  "additionalProperties": false,
  "description": "An agent's typing in a conversation, as Chatwoot's `ActionCableListener` sends it to the contact.",
  "required": [
    "conversation",
    "user",
    "is_private",
    "account_id"
  ],
  "properties": {
    "conversation": {
      "type": "object",
      "additionalProperties": true,
      "description": "A conversation as Chatwoot renders it for events (`Conversations::EventDataPresenter#push_data`), every field it sends. With SLAs on (an enterprise feature) Chatwoot adds `applied_sla`, `sla_events` and `sla_policy_id`, which the mock, without SLAs, never sends; other fields are allowed for those newer versions add. The mock has no assignees, teams, labels, priorities or snoozing: those fields are always empty.",
      "required": [
        "additional_attributes",
        "can_reply",
        "channel",
        "contact_inbox",
        "id",
        "inbox_id",
        "messages",
        "labels",
        "meta",
        "status",
        "custom_attributes",
        "snoozed_until",
        "unread_count",
        "first_reply_created_at",
        "priority",
        "waiting_since",
        "agent_last_seen_at",
        "contact_last_seen_at",
        "last_activity_at",
        "timestamp",
        "created_at",
        "updated_at"
      ],
      "properties": {
        "additional_attributes": {
          "type": "object",
          "additionalProperties": true,
          "description": "`{}` in the mock."
        },
        "can_reply": {
          "type": "boolean",
          "description": "Whether an agent can still reply (always true for an API inbox)."
        },
        "channel": {
          "type": "string",
          "description": "The inbox's channel type, `Channel::Api` for an API inbox."
        },
        "contact_inbox": {
          "type": "object",
          "additionalProperties": false,
          "description": "The conversation's contact inbox, as the record renders (timestamps as ISO 8601 strings).",
          "required": [
            "id",
            "contact_id",
            "inbox_id",
            "source_id",
            "created_at",
            "updated_at",
            "hmac_verified",
            "pubsub_token"
          ],
          "properties": {
            "id": {
              "type": "integer"
            },
            "contact_id": {
              "type": "integer"
            },
            "inbox_id": {
              "type": "integer"
            },
            "source_id": {
              "type": "string"
            },
            "created_at": {
              "type": "string",
              "format": "date-time"
            },
            "updated_at": {
              "type": "string",
              "format": "date-time"
            },
            "hmac_verified": {
              "type": "boolean"
            },
            "pubsub_token": {
              "type": "string"
            }
          }
        },
        "id": {
          "type": "integer",
          "description": "The conversation's display number (the `conversation_id` of the client API's paths)."
        },
        "inbox_id": {
          "type": "integer"
        },
        "messages": {
          "type": "array",
          "maxItems": 1,
          "description": "The conversation's latest message a contact may see (no private notes, no activity messages), if any.",
          "items": {
            "type": "object",
            "additionalProperties": true,
            "description": "A message as Chatwoot pushes it: `Message#push_event_data` (the message's columns, with `created_at` in Unix seconds, `message_type` as its number and `conversation_id` as the conversation's display number) merged with `account_id`; on `message.updated` also the save's `previous_changes`. Other fields are allowed: newer Chatwoot versions add columns. When an agent's action caused it, `performer` is that agent.",
            "required": [
              "id",
              "content",
              "account_id",
              "inbox_id",
              "conversation_id",
              "message_type",
              "created_at",
              "updated_at",
              "private",
              "status",
              "source_id",
              "content_type",
              "content_attributes",
              "sender_type",
              "sender_id",
              "external_source_ids",
              "additional_attributes",
              "processed_message_content",
              "sentiment",
              "conversation"
            ],
            "properties": {
              "id": {
                "type": "integer"
              },
              "content": {
                "$ref": "#/components/schemas/PublicMessage/properties/content"
              },
              "account_id": {
                "type": "integer"
              },
              "inbox_id": {
                "type": "integer",
                "description": "The numeric id of the conversation's inbox."
              },
              "conversation_id": {
                "$ref": "#/components/schemas/PublicMessage/properties/conversation_id"
              },
              "message_type": {
                "$ref": "#/components/schemas/PublicMessage/properties/message_type"
              },
              "created_at": {
                "$ref": "#/components/schemas/PublicMessage/properties/created_at"
              },
              "updated_at": {
                "type": "string",
                "format": "date-time",
                "description": "When the message last changed, as an ISO 8601 string with milliseconds (Rails' JSON of a time)."
              },
              "private": {
                "type": "boolean",
                "description": "Always false here; a private note never reaches a contact.",
                "const": false
              },
              "status": {
                "type": "string",
                "enum": [
                  "sent",
                  "delivered",
                  "read",
                  "failed"
                ],
                "description": "The message's stored status: `sent` when it is made; `read` once `UpdateMessageStatusJob`, which `update_last_seen` queues, marked it (every message that is not the contact's, still `sent` or `delivered`, created no later than the look). Chatwoot's channels that report delivery also use `delivered` and `failed`; an API inbox does not."
              },
              "source_id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "The message's id on an external channel; null for an API inbox."
              },
              "content_type": {
                "$ref": "#/components/schemas/PublicMessage/properties/content_type"
              },
              "content_attributes": {
                "$ref": "#/components/schemas/PublicMessage/properties/content_attributes"
              },
              "sender_type": {
                "type": [
                  "string",
                  "null"
                ],
                "enum": [
                  "Contact",
                  "User",
                  "AgentBot",
                  "Captain::Assistant",
                  null
                ],
                "description": "The sender's model; null for a message without a sender (a template such as the CSAT survey)."
              },
              "sender_id": {
                "type": [
                  "integer",
                  "null"
                ]
              },
              "external_source_ids": {
                "type": "object",
                "additionalProperties": true,
                "description": "Ids of the message on external systems; `{}` in the mock."
              },
              "additional_attributes": {
                "type": "object",
                "additionalProperties": true,
                "description": "`{}` in the mock."
              },
              "processed_message_content": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Inferred: the content as Chatwoot processed it (an email's reply without its quoted text); the same as `content` in the mock."
              },
              "sentiment": {
                "type": "object",
                "additionalProperties": true,
                "description": "`{}` in the mock."
              },
              "echo_id": {
                "type": "string",
                "description": "The `echo_id` the contact sent with the message; only on the contact's own `message.created`."
              },
              "previous_changes": {
                "type": "object",
                "description": "On `message.updated`: Rails' `previous_changes` of the save, each changed column as `[before, after]`, `updated_at` included (ISO 8601 strings), for example `{\"status\": [\"sent\", \"read\"], \"updated_at\": [\"2024-06-03T10:01:00.000Z\", \"2024-06-03T10:01:30.100Z\"]}`.",
                "additionalProperties": {
                  "type": "array",
                  "minItems": 2,
                  "maxItems": 2
                }
              },
              "attachments": {
                "$ref": "#/components/schemas/PublicMessage/properties/attachments"
              },
              "sender": {
                "$ref": "#/components/schemas/PublicMessageSender"
              },
              "performer": {
                "$ref": "#/components/schemas/PublicMessageSender"
              },
              "conversation": {
                "type": "object",
                "additionalProperties": false,
                "description": "A summary of the message's conversation.",
                "required": [
                  "assignee_id",
                  "unread_count",
                  "last_activity_at",
                  "contact_inbox"
                ],
                "properties": {
                  "assignee_id": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "description": "The assigned agent's id; null in the mock, which assigns no one."
                  },
                  "unread_count": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 10,
                    "description": "The contact's messages the agents have not seen (created after `agent_last_seen_at`), at most 10, as Chatwoot counts them."
                  },
                  "last_activity_at": {
                    "type": "integer",
                    "description": "Inferred: in Unix seconds, the time of the conversation's latest message, or of its creation when it has none."
                  },
                  "contact_inbox": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                      "source_id"
                    ],
                    "properties": {
                      "source_id": {
                        "type": "string",
                        "description": "The contact's `source_id` in the conversation's inbox."
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "labels": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "meta": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "sender",
            "assignee",
            "assignee_type",
            "team",
            "hmac_verified"
          ],
          "properties": {
            "sender": {
              "$ref": "#/components/schemas/PublicMessageSender"
            },
            "assignee": {
              "description": "The assigned agent (or agent bot); always null in the mock.",
              "oneOf": [
                {
                  "type": "null"
                },
                {
                  "$ref": "#/components/schemas/PublicMessageSender"
                }
              ]
            },
            "assignee_type": {
              "type": [
                "string",
                "null"
              ],
              "enum": [
                "User",
                "AgentBot",
                null
              ],
              "description": "The assignee's model (`Conversation#assignee_type`); null when nobody is assigned, always in the mock."
            },
            "team": {
              "type": [
                "object",
                "null"
              ],
              "additionalProperties": true,
              "description": "The assigned team; always null in the mock."
            },
            "hmac_verified": {
              "type": "boolean"
            }
          }
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
        "custom_attributes": {
          "type": "object",
          "additionalProperties": true
        },
        "snoozed_until": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "unread_count": {
          "type": "integer",
          "minimum": 0,
          "maximum": 10,
          "description": "The contact's messages the agents have not seen, at most 10."
        },
        "first_reply_created_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time",
          "description": "When an agent first answered in public (ISO 8601 with milliseconds); null until then."
        },
        "priority": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "low",
            "medium",
            "high",
            "urgent",
            null
          ]
        },
        "waiting_since": {
          "type": "integer",
          "description": "Unix seconds since when the contact waits for an answer (from the creation, ended by an agent's answer or a resolve, started again by the contact's next message); 0 when it waits for nobody."
        },
        "agent_last_seen_at": {
          "type": "integer",
          "description": "Unix seconds; 0 if never."
        },
        "contact_last_seen_at": {
          "type": "integer",
          "description": "Unix seconds; 0 if never."
        },
        "last_activity_at": {
          "type": "integer",
          "description": "Inferred: in Unix seconds, the time of the conversation's latest message, or of its creation when it has none."
        },
        "timestamp": {
          "type": "integer",
          "description": "The same as `last_activity_at`."
        },
        "created_at": {
          "type": "integer",
          "description": "Unix seconds."
        },
        "updated_at": {
          "type": "number",
          "description": "When a column last changed, in Unix seconds with their fraction (`updated_at.to_f`)."
        },
        "applied_sla": {
          "type": [
            "object",
            "null"
          ],
          "additionalProperties": true,
          "description": "With SLAs on, the SLA applied to the conversation (`AppliedSla#push_event_data`); never sent by the mock."
        },
        "sla_events": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": true
          },
          "description": "With SLAs on, the conversation's SLA misses (`SlaEvent#push_event_data`); never sent by the mock."
        },
        "sla_policy_id": {
          "type": [
            "integer",
            "null"
          ],
          "description": "With SLAs on, the conversation's SLA policy; never sent by the mock."
        }
      }
    },
    "user": {
      "$ref": "#/components/schemas/PublicMessageSender"
    },
    "is_private": {
      "type": "boolean",
      "description": "Whether the agent is typing a private note; the widget ignores such events. Always false in the mock."
    },
    "account_id": {
      "type": "integer"
    },
    "performer": {
      "$ref": "#/components/schemas/PublicMessageSender"
    }
  }
}

const payload3 = {
  "type": "object",
  "additionalProperties": false,
  "description": "The account's agents who are online, as `RoomChannel#broadcast_presence` sends it to a contact.",
  "required": [
    "account_id",
    "users"
  ],
  "properties": {
    "account_id": {
      "type": "integer"
    },
    "users": {
      "type": "object",
      "description": "The account's online agents (`OnlineStatusTracker.get_available_users`): agent ids, as strings, to their availability; `{}` when nobody is online. The mock's agent 1 is online: `{\"1\": \"online\"}`.",
      "additionalProperties": {
        "type": "string",
        "enum": [
          "online",
          "busy",
          "offline"
        ]
      }
    }
  }
}

/** The payload schema of each real-time event, by its name on the wire. */
export const events: Readonly<Record<string, object>> = {
  "message.created": payload0,
  "message.updated": payload0,
  "conversation.created": payload1,
  "conversation.status_changed": payload1,
  "conversation.updated": payload1,
  "conversation.typing_on": payload2,
  "conversation.typing_off": payload2,
  "presence.update": payload3,
}
