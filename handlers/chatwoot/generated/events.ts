// Generated from specs/chatwoot.asyncapi.yaml by scripts/generate-specs.ts. Do not edit: run "npm run gen".

const payload0 = {
  "type": "object",
  "additionalProperties": true,
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
      "type": "integer"
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
      "format": "date-time"
    },
    "private": {
      "type": "boolean",
      "const": false
    },
    "status": {
      "type": "string",
      "enum": [
        "sent",
        "delivered",
        "read",
        "failed"
      ]
    },
    "source_id": {
      "type": [
        "string",
        "null"
      ]
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
      ]
    },
    "sender_id": {
      "type": [
        "integer",
        "null"
      ]
    },
    "external_source_ids": {
      "type": "object",
      "additionalProperties": true
    },
    "additional_attributes": {
      "type": "object",
      "additionalProperties": true
    },
    "processed_message_content": {
      "type": [
        "string",
        "null"
      ]
    },
    "sentiment": {
      "type": "object",
      "additionalProperties": true
    },
    "echo_id": {
      "type": "string"
    },
    "previous_changes": {
      "type": "object",
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
          ]
        },
        "unread_count": {
          "type": "integer",
          "minimum": 0,
          "maximum": 10
        },
        "last_activity_at": {
          "type": "integer"
        },
        "contact_inbox": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "source_id"
          ],
          "properties": {
            "source_id": {
              "type": "string"
            }
          }
        }
      }
    }
  }
}

const payload1 = {
  "allOf": [
    {
      "type": "object",
      "additionalProperties": true,
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
          "additionalProperties": true
        },
        "can_reply": {
          "type": "boolean"
        },
        "channel": {
          "type": "string"
        },
        "contact_inbox": {
          "type": "object",
          "additionalProperties": false,
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
          "type": "integer"
        },
        "inbox_id": {
          "type": "integer"
        },
        "messages": {
          "type": "array",
          "maxItems": 1,
          "items": {
            "type": "object",
            "additionalProperties": true,
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
                "type": "integer"
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
                "format": "date-time"
              },
              "private": {
                "type": "boolean",
                "const": false
              },
              "status": {
                "type": "string",
                "enum": [
                  "sent",
                  "delivered",
                  "read",
                  "failed"
                ]
              },
              "source_id": {
                "type": [
                  "string",
                  "null"
                ]
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
                ]
              },
              "sender_id": {
                "type": [
                  "integer",
                  "null"
                ]
              },
              "external_source_ids": {
                "type": "object",
                "additionalProperties": true
              },
              "additional_attributes": {
                "type": "object",
                "additionalProperties": true
              },
              "processed_message_content": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "sentiment": {
                "type": "object",
                "additionalProperties": true
              },
              "echo_id": {
                "type": "string"
              },
              "previous_changes": {
                "type": "object",
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
                    ]
                  },
                  "unread_count": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 10
                  },
                  "last_activity_at": {
                    "type": "integer"
                  },
                  "contact_inbox": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                      "source_id"
                    ],
                    "properties": {
                      "source_id": {
                        "type": "string"
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
              ]
            },
            "team": {
              "type": [
                "object",
                "null"
              ],
              "additionalProperties": true
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
          "maximum": 10
        },
        "first_reply_created_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
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
          "type": "integer"
        },
        "agent_last_seen_at": {
          "type": "integer"
        },
        "contact_last_seen_at": {
          "type": "integer"
        },
        "last_activity_at": {
          "type": "integer"
        },
        "timestamp": {
          "type": "integer"
        },
        "created_at": {
          "type": "integer"
        },
        "updated_at": {
          "type": "number"
        },
        "applied_sla": {
          "type": [
            "object",
            "null"
          ],
          "additionalProperties": true
        },
        "sla_events": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": true
          }
        },
        "sla_policy_id": {
          "type": [
            "integer",
            "null"
          ]
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
          "additionalProperties": true
        },
        "can_reply": {
          "type": "boolean"
        },
        "channel": {
          "type": "string"
        },
        "contact_inbox": {
          "type": "object",
          "additionalProperties": false,
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
          "type": "integer"
        },
        "inbox_id": {
          "type": "integer"
        },
        "messages": {
          "type": "array",
          "maxItems": 1,
          "items": {
            "type": "object",
            "additionalProperties": true,
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
                "type": "integer"
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
                "format": "date-time"
              },
              "private": {
                "type": "boolean",
                "const": false
              },
              "status": {
                "type": "string",
                "enum": [
                  "sent",
                  "delivered",
                  "read",
                  "failed"
                ]
              },
              "source_id": {
                "type": [
                  "string",
                  "null"
                ]
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
                ]
              },
              "sender_id": {
                "type": [
                  "integer",
                  "null"
                ]
              },
              "external_source_ids": {
                "type": "object",
                "additionalProperties": true
              },
              "additional_attributes": {
                "type": "object",
                "additionalProperties": true
              },
              "processed_message_content": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "sentiment": {
                "type": "object",
                "additionalProperties": true
              },
              "echo_id": {
                "type": "string"
              },
              "previous_changes": {
                "type": "object",
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
                    ]
                  },
                  "unread_count": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 10
                  },
                  "last_activity_at": {
                    "type": "integer"
                  },
                  "contact_inbox": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                      "source_id"
                    ],
                    "properties": {
                      "source_id": {
                        "type": "string"
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
              ]
            },
            "team": {
              "type": [
                "object",
                "null"
              ],
              "additionalProperties": true
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
          "maximum": 10
        },
        "first_reply_created_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
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
          "type": "integer"
        },
        "agent_last_seen_at": {
          "type": "integer"
        },
        "contact_last_seen_at": {
          "type": "integer"
        },
        "last_activity_at": {
          "type": "integer"
        },
        "timestamp": {
          "type": "integer"
        },
        "created_at": {
          "type": "integer"
        },
        "updated_at": {
          "type": "number"
        },
        "applied_sla": {
          "type": [
            "object",
            "null"
          ],
          "additionalProperties": true
        },
        "sla_events": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": true
          }
        },
        "sla_policy_id": {
          "type": [
            "integer",
            "null"
          ]
        }
      }
    },
    "user": {
      "$ref": "#/components/schemas/PublicMessageSender"
    },
    "is_private": {
      "type": "boolean"
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
