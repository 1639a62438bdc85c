// Generated from apis/roosted/fixtures.ts with seed 20240301 by scripts/generate-specs.ts. Do not edit: run "npm run gen".
import type { createFixtures } from '../fixtures.js'

export const defaultFixtures: ReturnType<typeof createFixtures> = {
  "workers": [
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
      "id": "4000",
      "name_first": "Bryon",
      "name_last": "Kassulke",
      "selected_picture_location": "example/3"
    },
    {
      "id": "4001",
      "name_first": "Ottilie",
      "name_last": "Kris",
      "selected_picture_location": "example/4"
    },
    {
      "id": "4002",
      "name_first": "Kennedy",
      "name_last": "Bergstrom",
      "selected_picture_location": "example/5"
    },
    {
      "id": "4003",
      "name_first": "Sammie",
      "name_last": "Stokes-Wunsch",
      "selected_picture_location": "example/6"
    },
    {
      "id": "4004",
      "name_first": "Clair",
      "name_last": "Koepp",
      "selected_picture_location": "example/7"
    },
    {
      "id": "4005",
      "name_first": "Stephon",
      "name_last": "Little",
      "selected_picture_location": "example/8"
    },
    {
      "id": "4006",
      "name_first": "Naomie",
      "name_last": "MacGyver",
      "selected_picture_location": "example/9"
    },
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
  ],
  "chats": [
    {
      "worker_id": "3158",
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
    },
    {
      "worker_id": "120915",
      "id": "yJjarB5xUW",
      "name": "Project Alpha Team",
      "chat_admin": "0",
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
    },
    {
      "worker_id": "4005",
      "id": "uHKL4EB38I",
      "name": "Stephon Little, Naomie MacGyver, Demarcus Tremblay, Chris Davis",
      "chat_admin": "1",
      "silenced": "0",
      "on_chat": "1",
      "locked": "0",
      "date_created": "2024-03-01T09:00:00.000Z",
      "most_recent_message_id": null,
      "last_message_timestamp": null,
      "message": null,
      "name_first": null,
      "selected_picture_location": null,
      "chats_order": "2024-03-01T09:00:00.000Z",
      "unread_count": "3",
      "members": [
        {
          "id": "4005",
          "name_first": "Stephon",
          "name_last": "Little",
          "selected_picture_location": "example/8"
        },
        {
          "id": "4006",
          "name_first": "Naomie",
          "name_last": "MacGyver",
          "selected_picture_location": "example/9"
        },
        {
          "id": "4009",
          "name_first": "Demarcus",
          "name_last": "Tremblay",
          "selected_picture_location": "example/12"
        },
        {
          "id": "3158",
          "name_first": "Chris",
          "name_last": "Davis",
          "selected_picture_location": "example/1"
        }
      ]
    },
    {
      "worker_id": "4006",
      "id": "uHKL4EB38I",
      "name": "Stephon Little, Naomie MacGyver, Demarcus Tremblay, Chris Davis",
      "chat_admin": "0",
      "silenced": "0",
      "on_chat": "1",
      "locked": "0",
      "date_created": "2024-03-01T09:00:00.000Z",
      "most_recent_message_id": null,
      "last_message_timestamp": null,
      "message": null,
      "name_first": null,
      "selected_picture_location": null,
      "chats_order": "2024-03-01T09:00:00.000Z",
      "unread_count": "2",
      "members": [
        {
          "id": "4005",
          "name_first": "Stephon",
          "name_last": "Little",
          "selected_picture_location": "example/8"
        },
        {
          "id": "4006",
          "name_first": "Naomie",
          "name_last": "MacGyver",
          "selected_picture_location": "example/9"
        },
        {
          "id": "4009",
          "name_first": "Demarcus",
          "name_last": "Tremblay",
          "selected_picture_location": "example/12"
        },
        {
          "id": "3158",
          "name_first": "Chris",
          "name_last": "Davis",
          "selected_picture_location": "example/1"
        }
      ]
    },
    {
      "worker_id": "4009",
      "id": "uHKL4EB38I",
      "name": "Stephon Little, Naomie MacGyver, Demarcus Tremblay, Chris Davis",
      "chat_admin": "0",
      "silenced": "0",
      "on_chat": "1",
      "locked": "0",
      "date_created": "2024-03-01T09:00:00.000Z",
      "most_recent_message_id": null,
      "last_message_timestamp": null,
      "message": null,
      "name_first": null,
      "selected_picture_location": null,
      "chats_order": "2024-03-01T09:00:00.000Z",
      "unread_count": "2",
      "members": [
        {
          "id": "4005",
          "name_first": "Stephon",
          "name_last": "Little",
          "selected_picture_location": "example/8"
        },
        {
          "id": "4006",
          "name_first": "Naomie",
          "name_last": "MacGyver",
          "selected_picture_location": "example/9"
        },
        {
          "id": "4009",
          "name_first": "Demarcus",
          "name_last": "Tremblay",
          "selected_picture_location": "example/12"
        },
        {
          "id": "3158",
          "name_first": "Chris",
          "name_last": "Davis",
          "selected_picture_location": "example/1"
        }
      ]
    },
    {
      "worker_id": "3158",
      "id": "uHKL4EB38I",
      "name": "Stephon Little, Naomie MacGyver, Demarcus Tremblay, Chris Davis",
      "chat_admin": "0",
      "silenced": "0",
      "on_chat": "1",
      "locked": "0",
      "date_created": "2024-03-01T09:00:00.000Z",
      "most_recent_message_id": null,
      "last_message_timestamp": null,
      "message": null,
      "name_first": null,
      "selected_picture_location": null,
      "chats_order": "2024-03-01T09:00:00.000Z",
      "unread_count": "2",
      "members": [
        {
          "id": "4005",
          "name_first": "Stephon",
          "name_last": "Little",
          "selected_picture_location": "example/8"
        },
        {
          "id": "4006",
          "name_first": "Naomie",
          "name_last": "MacGyver",
          "selected_picture_location": "example/9"
        },
        {
          "id": "4009",
          "name_first": "Demarcus",
          "name_last": "Tremblay",
          "selected_picture_location": "example/12"
        },
        {
          "id": "3158",
          "name_first": "Chris",
          "name_last": "Davis",
          "selected_picture_location": "example/1"
        }
      ]
    },
    {
      "worker_id": "4004",
      "id": "g8vAe5hwOQ",
      "name": "Clair Koepp, Naomie MacGyver, Ottilie Kris",
      "chat_admin": "1",
      "silenced": "0",
      "on_chat": "1",
      "locked": "0",
      "date_created": "2024-03-02T09:00:00.000Z",
      "most_recent_message_id": null,
      "last_message_timestamp": null,
      "message": null,
      "name_first": null,
      "selected_picture_location": null,
      "chats_order": "2024-03-02T09:00:00.000Z",
      "unread_count": "0",
      "members": [
        {
          "id": "4004",
          "name_first": "Clair",
          "name_last": "Koepp",
          "selected_picture_location": "example/7"
        },
        {
          "id": "4006",
          "name_first": "Naomie",
          "name_last": "MacGyver",
          "selected_picture_location": "example/9"
        },
        {
          "id": "4001",
          "name_first": "Ottilie",
          "name_last": "Kris",
          "selected_picture_location": "example/4"
        }
      ]
    },
    {
      "worker_id": "4006",
      "id": "g8vAe5hwOQ",
      "name": "Clair Koepp, Naomie MacGyver, Ottilie Kris",
      "chat_admin": "0",
      "silenced": "0",
      "on_chat": "1",
      "locked": "0",
      "date_created": "2024-03-02T09:00:00.000Z",
      "most_recent_message_id": null,
      "last_message_timestamp": null,
      "message": null,
      "name_first": null,
      "selected_picture_location": null,
      "chats_order": "2024-03-02T09:00:00.000Z",
      "unread_count": "1",
      "members": [
        {
          "id": "4004",
          "name_first": "Clair",
          "name_last": "Koepp",
          "selected_picture_location": "example/7"
        },
        {
          "id": "4006",
          "name_first": "Naomie",
          "name_last": "MacGyver",
          "selected_picture_location": "example/9"
        },
        {
          "id": "4001",
          "name_first": "Ottilie",
          "name_last": "Kris",
          "selected_picture_location": "example/4"
        }
      ]
    },
    {
      "worker_id": "4001",
      "id": "g8vAe5hwOQ",
      "name": "Clair Koepp, Naomie MacGyver, Ottilie Kris",
      "chat_admin": "0",
      "silenced": "0",
      "on_chat": "1",
      "locked": "0",
      "date_created": "2024-03-02T09:00:00.000Z",
      "most_recent_message_id": null,
      "last_message_timestamp": null,
      "message": null,
      "name_first": null,
      "selected_picture_location": null,
      "chats_order": "2024-03-02T09:00:00.000Z",
      "unread_count": "4",
      "members": [
        {
          "id": "4004",
          "name_first": "Clair",
          "name_last": "Koepp",
          "selected_picture_location": "example/7"
        },
        {
          "id": "4006",
          "name_first": "Naomie",
          "name_last": "MacGyver",
          "selected_picture_location": "example/9"
        },
        {
          "id": "4001",
          "name_first": "Ottilie",
          "name_last": "Kris",
          "selected_picture_location": "example/4"
        }
      ]
    },
    {
      "worker_id": "4001",
      "id": "cAdgoqWuM7",
      "name": "Ottilie Kris, Camilla Franecki, Sammie Stokes-Wunsch",
      "chat_admin": "1",
      "silenced": "0",
      "on_chat": "1",
      "locked": "0",
      "date_created": "2024-03-03T09:00:00.000Z",
      "most_recent_message_id": null,
      "last_message_timestamp": null,
      "message": null,
      "name_first": null,
      "selected_picture_location": null,
      "chats_order": "2024-03-03T09:00:00.000Z",
      "unread_count": "0",
      "members": [
        {
          "id": "4001",
          "name_first": "Ottilie",
          "name_last": "Kris",
          "selected_picture_location": "example/4"
        },
        {
          "id": "4008",
          "name_first": "Camilla",
          "name_last": "Franecki",
          "selected_picture_location": "example/11"
        },
        {
          "id": "4003",
          "name_first": "Sammie",
          "name_last": "Stokes-Wunsch",
          "selected_picture_location": "example/6"
        }
      ]
    },
    {
      "worker_id": "4008",
      "id": "cAdgoqWuM7",
      "name": "Ottilie Kris, Camilla Franecki, Sammie Stokes-Wunsch",
      "chat_admin": "0",
      "silenced": "0",
      "on_chat": "1",
      "locked": "0",
      "date_created": "2024-03-03T09:00:00.000Z",
      "most_recent_message_id": null,
      "last_message_timestamp": null,
      "message": null,
      "name_first": null,
      "selected_picture_location": null,
      "chats_order": "2024-03-03T09:00:00.000Z",
      "unread_count": "0",
      "members": [
        {
          "id": "4001",
          "name_first": "Ottilie",
          "name_last": "Kris",
          "selected_picture_location": "example/4"
        },
        {
          "id": "4008",
          "name_first": "Camilla",
          "name_last": "Franecki",
          "selected_picture_location": "example/11"
        },
        {
          "id": "4003",
          "name_first": "Sammie",
          "name_last": "Stokes-Wunsch",
          "selected_picture_location": "example/6"
        }
      ]
    },
    {
      "worker_id": "4003",
      "id": "cAdgoqWuM7",
      "name": "Ottilie Kris, Camilla Franecki, Sammie Stokes-Wunsch",
      "chat_admin": "0",
      "silenced": "0",
      "on_chat": "1",
      "locked": "0",
      "date_created": "2024-03-03T09:00:00.000Z",
      "most_recent_message_id": null,
      "last_message_timestamp": null,
      "message": null,
      "name_first": null,
      "selected_picture_location": null,
      "chats_order": "2024-03-03T09:00:00.000Z",
      "unread_count": "3",
      "members": [
        {
          "id": "4001",
          "name_first": "Ottilie",
          "name_last": "Kris",
          "selected_picture_location": "example/4"
        },
        {
          "id": "4008",
          "name_first": "Camilla",
          "name_last": "Franecki",
          "selected_picture_location": "example/11"
        },
        {
          "id": "4003",
          "name_first": "Sammie",
          "name_last": "Stokes-Wunsch",
          "selected_picture_location": "example/6"
        }
      ]
    }
  ]
}
