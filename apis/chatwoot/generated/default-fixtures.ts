// Generated from apis/chatwoot/fixtures.ts with seed 20240301 by scripts/generate-specs.ts. Do not edit: run "npm run gen".
import type { createFixtures } from '../fixtures.js'

export const defaultFixtures: ReturnType<typeof createFixtures> = {
  "inboxes": [
    {
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
      "csat_response_visible": false,
      "greeting_enabled": false,
      "id": 1,
      "hmac_token": "example_inbox_hmac_token",
      "avatar_url": "",
      "csat_config": {}
    },
    {
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
      "csat_response_visible": false,
      "greeting_enabled": false,
      "id": 2,
      "hmac_token": "identity_inbox_hmac_token",
      "avatar_url": "",
      "csat_config": {}
    }
  ],
  "contacts": [
    {
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
      "location": "",
      "country_code": "",
      "blocked": false
    },
    {
      "id": 78,
      "name": "Jacqueline Harber",
      "email": "jacqueline.cruickshank82@hotmail.com",
      "phone_number": null,
      "account_id": 1,
      "created_at": "2024-02-29T09:00:00.000Z",
      "updated_at": "2024-02-29T09:00:00.000Z",
      "additional_attributes": {},
      "identifier": null,
      "custom_attributes": {},
      "last_activity_at": "2024-03-02T09:00:00.000Z",
      "contact_type": "lead",
      "middle_name": "",
      "last_name": "",
      "location": "",
      "country_code": "",
      "blocked": false
    },
    {
      "id": 79,
      "name": "Ellie Green",
      "email": "ellie70@gmail.com",
      "phone_number": null,
      "account_id": 1,
      "created_at": "2024-02-29T09:00:00.000Z",
      "updated_at": "2024-02-29T09:00:00.000Z",
      "additional_attributes": {},
      "identifier": null,
      "custom_attributes": {},
      "last_activity_at": null,
      "contact_type": "lead",
      "middle_name": "",
      "last_name": "",
      "location": "",
      "country_code": "",
      "blocked": false
    },
    {
      "id": 80,
      "name": "Nat Rosenbaum",
      "email": "nat_cremin37@gmail.com",
      "phone_number": null,
      "account_id": 1,
      "created_at": "2024-02-29T09:00:00.000Z",
      "updated_at": "2024-02-29T09:00:00.000Z",
      "additional_attributes": {},
      "identifier": "user-1001",
      "custom_attributes": {},
      "last_activity_at": null,
      "contact_type": "lead",
      "middle_name": "",
      "last_name": "",
      "location": "",
      "country_code": "",
      "blocked": false
    },
    {
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
      "location": "",
      "country_code": "",
      "blocked": false
    }
  ],
  "contact_inboxes": [
    {
      "id": 1,
      "contact_id": 77,
      "inbox_id": 1,
      "source_id": "contact_identifier_example",
      "created_at": "2024-02-29T09:00:00.000Z",
      "updated_at": "2024-02-29T09:00:00.000Z",
      "hmac_verified": false,
      "pubsub_token": "pubsub_token_example"
    },
    {
      "id": 2,
      "contact_id": 78,
      "inbox_id": 1,
      "source_id": "e8b211ee-dfdf-4fe3-9897-80ef283dc978",
      "created_at": "2024-02-29T09:00:00.000Z",
      "updated_at": "2024-02-29T09:00:00.000Z",
      "hmac_verified": false,
      "pubsub_token": "xUJAfapmtqHy4Ou4cqVNepFD"
    },
    {
      "id": 3,
      "contact_id": 79,
      "inbox_id": 1,
      "source_id": "contact_update_example",
      "created_at": "2024-02-29T09:00:00.000Z",
      "updated_at": "2024-02-29T09:00:00.000Z",
      "hmac_verified": false,
      "pubsub_token": "cV3fxBUm2x7MtmStJLAr8JPy"
    },
    {
      "id": 4,
      "contact_id": 80,
      "inbox_id": 2,
      "source_id": "identity_contact_example",
      "created_at": "2024-02-29T09:00:00.000Z",
      "updated_at": "2024-02-29T09:00:00.000Z",
      "hmac_verified": false,
      "pubsub_token": "9t6K7noqjyXAaS4rmrRwZbFF"
    },
    {
      "id": 5,
      "contact_id": 81,
      "inbox_id": 1,
      "source_id": "contact_sets_example",
      "created_at": "2024-02-29T09:00:00.000Z",
      "updated_at": "2024-02-29T09:00:00.000Z",
      "hmac_verified": false,
      "pubsub_token": "LljOn4IKZAikrqoJeQtHGlKI"
    }
  ],
  "conversations": [
    {
      "id": 1,
      "display_id": 56,
      "uuid": "b1e2c3d4-0000-4000-8000-000000000056",
      "inbox_id": 1,
      "contact_id": 77,
      "contact_inbox_id": 1,
      "status": "open",
      "contact_last_seen_at": null,
      "agent_last_seen_at": 1709301000,
      "custom_attributes": {},
      "created_at": 1709283600
    },
    {
      "id": 2,
      "display_id": 57,
      "uuid": "b1e2c3d4-0000-4000-8000-000000000057",
      "inbox_id": 1,
      "contact_id": 78,
      "contact_inbox_id": 2,
      "status": "open",
      "contact_last_seen_at": null,
      "agent_last_seen_at": null,
      "custom_attributes": {},
      "created_at": 1709370000
    },
    {
      "id": 3,
      "display_id": 58,
      "uuid": "b1e2c3d4-0000-4000-8000-000000000058",
      "inbox_id": 1,
      "contact_id": 81,
      "contact_inbox_id": 5,
      "status": "open",
      "contact_last_seen_at": null,
      "agent_last_seen_at": null,
      "custom_attributes": {},
      "created_at": 1709456400
    },
    {
      "id": 4,
      "display_id": 59,
      "uuid": "b1e2c3d4-0000-4000-8000-000000000059",
      "inbox_id": 1,
      "contact_id": 81,
      "contact_inbox_id": 5,
      "status": "resolved",
      "contact_last_seen_at": null,
      "agent_last_seen_at": null,
      "custom_attributes": {},
      "created_at": 1709542800
    },
    {
      "id": 5,
      "display_id": 60,
      "uuid": "b1e2c3d4-0000-4000-8000-000000000060",
      "inbox_id": 1,
      "contact_id": 81,
      "contact_inbox_id": 5,
      "status": "open",
      "contact_last_seen_at": null,
      "agent_last_seen_at": null,
      "custom_attributes": {},
      "created_at": 1709629200
    },
    {
      "id": 6,
      "display_id": 61,
      "uuid": "b1e2c3d4-0000-4000-8000-000000000061",
      "inbox_id": 1,
      "contact_id": 81,
      "contact_inbox_id": 5,
      "status": "resolved",
      "contact_last_seen_at": null,
      "agent_last_seen_at": null,
      "custom_attributes": {},
      "created_at": 1709715600
    },
    {
      "id": 7,
      "display_id": 62,
      "uuid": "b1e2c3d4-0000-4000-8000-000000000062",
      "inbox_id": 1,
      "contact_id": 81,
      "contact_inbox_id": 5,
      "status": "resolved",
      "contact_last_seen_at": null,
      "agent_last_seen_at": null,
      "custom_attributes": {},
      "created_at": 1709802000
    },
    {
      "id": 8,
      "display_id": 63,
      "uuid": "b1e2c3d4-0000-4000-8000-000000000063",
      "inbox_id": 1,
      "contact_id": 81,
      "contact_inbox_id": 5,
      "status": "open",
      "contact_last_seen_at": null,
      "agent_last_seen_at": null,
      "custom_attributes": {},
      "created_at": 1709888400
    },
    {
      "id": 9,
      "display_id": 64,
      "uuid": "b1e2c3d4-0000-4000-8000-000000000064",
      "inbox_id": 1,
      "contact_id": 81,
      "contact_inbox_id": 5,
      "status": "resolved",
      "contact_last_seen_at": null,
      "agent_last_seen_at": null,
      "custom_attributes": {},
      "created_at": 1709974800
    }
  ],
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
        "type": "user"
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
      "id": 33,
      "content": "Arbor sunt desidero.",
      "message_type": 1,
      "content_type": "text",
      "content_attributes": {},
      "created_at": 1709284800,
      "conversation_id": 56,
      "sender": {
        "id": 1,
        "name": "Support Agent",
        "available_name": "Support Agent",
        "avatar_url": "",
        "availability_status": "online",
        "type": "user"
      }
    },
    {
      "id": 34,
      "content": "Dedecor defendo amplus subseco labore celebrer.",
      "message_type": 0,
      "content_type": "text",
      "content_attributes": {},
      "created_at": 1709285400,
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
      "id": 35,
      "content": "Conversation was reopened",
      "message_type": 2,
      "content_type": "text",
      "content_attributes": {},
      "created_at": 1709286000,
      "conversation_id": 56
    },
    {
      "id": 36,
      "content": "Dolor nulla canis allatus.",
      "message_type": 0,
      "content_type": "text",
      "content_attributes": {},
      "created_at": 1709286600,
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
      "id": 37,
      "content": "Eum totam ullus abutor aufero.",
      "message_type": 1,
      "content_type": "text",
      "content_attributes": {},
      "created_at": 1709287200,
      "conversation_id": 56,
      "sender": {
        "id": 1,
        "name": "Support Agent",
        "available_name": "Support Agent",
        "avatar_url": "",
        "availability_status": "online",
        "type": "user"
      }
    },
    {
      "id": 38,
      "content": "Cometes votum antea aveho nostrum benevolentia cerno cuius.",
      "message_type": 0,
      "content_type": "text",
      "content_attributes": {},
      "created_at": 1709287800,
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
      "id": 39,
      "content": "Vinculum depopulo terga amplus appositus adhaero.",
      "message_type": 1,
      "content_type": "text",
      "content_attributes": {},
      "created_at": 1709288400,
      "conversation_id": 56,
      "sender": {
        "id": 1,
        "name": "Support Agent",
        "available_name": "Support Agent",
        "avatar_url": "",
        "availability_status": "online",
        "type": "user"
      }
    },
    {
      "id": 40,
      "content": "Customer asked twice; escalate.",
      "message_type": 1,
      "content_type": "text",
      "content_attributes": {},
      "created_at": 1709289000,
      "conversation_id": 56,
      "sender": {
        "id": 1,
        "name": "Support Agent",
        "available_name": "Support Agent",
        "avatar_url": "",
        "availability_status": "online",
        "type": "user"
      },
      "private": true
    },
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
        "type": "user"
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
      "id": 43,
      "content": "Vulnero calcar appello neque adflicto tempus voluptatibus.",
      "message_type": 1,
      "content_type": "text",
      "content_attributes": {},
      "created_at": 1709290800,
      "conversation_id": 56,
      "sender": {
        "id": 1,
        "name": "Support Agent",
        "available_name": "Support Agent",
        "avatar_url": "",
        "availability_status": "online",
        "type": "user"
      }
    },
    {
      "id": 44,
      "content": "Alo tergum deporto adsum comptus vesica amaritudo.",
      "message_type": 0,
      "content_type": "text",
      "content_attributes": {},
      "created_at": 1709291400,
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
      "id": 45,
      "content": "Please rate the conversation",
      "message_type": 3,
      "content_type": "input_csat",
      "content_attributes": {},
      "created_at": 1709292000,
      "conversation_id": 56
    },
    {
      "id": 46,
      "content": "Vobis sunt caterva corporis tribuo cunae desidero.",
      "message_type": 0,
      "content_type": "text",
      "content_attributes": {},
      "created_at": 1709292600,
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
      "id": 47,
      "content": "Antepono esse utique currus cupressus vulpes.",
      "message_type": 1,
      "content_type": "text",
      "content_attributes": {},
      "created_at": 1709293200,
      "conversation_id": 56,
      "sender": {
        "id": 1,
        "name": "Support Agent",
        "available_name": "Support Agent",
        "avatar_url": "",
        "availability_status": "online",
        "type": "user"
      }
    },
    {
      "id": 48,
      "content": "Caelestis desidero asper carmen distinctio decerno accommodo tertius.",
      "message_type": 0,
      "content_type": "text",
      "content_attributes": {},
      "created_at": 1709293800,
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
      "id": 49,
      "content": "Conculco cupiditas delicate quidem constans victoria tolero.",
      "message_type": 1,
      "content_type": "text",
      "content_attributes": {},
      "created_at": 1709294400,
      "conversation_id": 56,
      "sender": {
        "id": 1,
        "name": "Support Agent",
        "available_name": "Support Agent",
        "avatar_url": "",
        "availability_status": "online",
        "type": "user"
      }
    },
    {
      "id": 50,
      "content": "Aequus suffoco centum adflicto cunabula cometes velut concedo.",
      "message_type": 0,
      "content_type": "text",
      "content_attributes": {},
      "created_at": 1709295000,
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
      "id": 51,
      "content": "Desolo colo synagoga deleo.",
      "message_type": 1,
      "content_type": "text",
      "content_attributes": {},
      "created_at": 1709295600,
      "conversation_id": 56,
      "sender": {
        "id": 1,
        "name": "Support Agent",
        "available_name": "Support Agent",
        "avatar_url": "",
        "availability_status": "online",
        "type": "user"
      }
    },
    {
      "id": 52,
      "content": "Et verumtamen eveniet colligo crepusculum cum colo.",
      "message_type": 0,
      "content_type": "text",
      "content_attributes": {},
      "created_at": 1709296200,
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
      "id": 53,
      "content": "Atrocitas volo sum tubineus spectaculum.",
      "message_type": 1,
      "content_type": "text",
      "content_attributes": {},
      "created_at": 1709296800,
      "conversation_id": 56,
      "sender": {
        "id": 1,
        "name": "Support Agent",
        "available_name": "Support Agent",
        "avatar_url": "",
        "availability_status": "online",
        "type": "user"
      }
    },
    {
      "id": 54,
      "content": "Tracto defluo explicabo cogito natus.",
      "message_type": 0,
      "content_type": "text",
      "content_attributes": {},
      "created_at": 1709297400,
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
      "id": 55,
      "content": "Cui molestias admiratio alii adipisci corporis capitulus tenax umerus.",
      "message_type": 1,
      "content_type": "text",
      "content_attributes": {},
      "created_at": 1709298000,
      "conversation_id": 56,
      "sender": {
        "id": 1,
        "name": "Support Agent",
        "available_name": "Support Agent",
        "avatar_url": "",
        "availability_status": "online",
        "type": "user"
      }
    },
    {
      "id": 56,
      "content": "Hello, how can I help you?",
      "message_type": 0,
      "content_type": "text",
      "content_attributes": {},
      "created_at": 1709298600,
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
      "id": 57,
      "content": "Acer venia laboriosam torrens clibanus exercitationem advenio ullus.",
      "message_type": 1,
      "content_type": "text",
      "content_attributes": {},
      "created_at": 1709299200,
      "conversation_id": 56,
      "sender": {
        "id": 1,
        "name": "Support Agent",
        "available_name": "Support Agent",
        "avatar_url": "",
        "availability_status": "online",
        "type": "user"
      }
    },
    {
      "id": 58,
      "content": "Voluptatum officiis deripio virga vita paulatim.",
      "message_type": 0,
      "content_type": "text",
      "content_attributes": {},
      "created_at": 1709299800,
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
      "id": 59,
      "content": "Demens caute eos velut consectetur quisquam voluptatem armarium voluptate voluptate.",
      "message_type": 1,
      "content_type": "text",
      "content_attributes": {},
      "created_at": 1709300400,
      "conversation_id": 56,
      "sender": {
        "id": 1,
        "name": "Support Agent",
        "available_name": "Support Agent",
        "avatar_url": "",
        "availability_status": "online",
        "type": "user"
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
    },
    {
      "id": 61,
      "content": "Cur thymum adulescens amita arx arbitro minima.",
      "message_type": 0,
      "content_type": "text",
      "content_attributes": {},
      "created_at": 1709370000,
      "conversation_id": 57,
      "sender": {
        "id": 78,
        "name": "Jacqueline Harber",
        "email": "jacqueline.cruickshank82@hotmail.com",
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
    },
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
    },
    {
      "id": 64,
      "content": "We have shipped your parcel.",
      "message_type": 1,
      "content_type": "text",
      "content_attributes": {},
      "created_at": 1709629200,
      "conversation_id": 60,
      "sender": {
        "id": 1,
        "name": "Support Agent",
        "available_name": "Support Agent",
        "avatar_url": "",
        "availability_status": "online",
        "type": "user"
      }
    },
    {
      "id": 65,
      "content": "Please rate the conversation",
      "message_type": 3,
      "content_type": "input_csat",
      "content_attributes": {},
      "created_at": 4102444800,
      "conversation_id": 61
    },
    {
      "id": 66,
      "content": "Please rate the conversation",
      "message_type": 3,
      "content_type": "input_csat",
      "content_attributes": {},
      "created_at": 4102444800,
      "conversation_id": 62
    },
    {
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
    },
    {
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
    },
    {
      "id": 69,
      "content": "Please rate the conversation",
      "message_type": 3,
      "content_type": "input_csat",
      "content_attributes": {
        "submitted_values": {
          "csat_survey_response": {
            "rating": 4,
            "feedback_message": "Quick and friendly."
          }
        }
      },
      "created_at": 1709974800,
      "conversation_id": 64
    }
  ],
  "csat_survey_responses": [
    {
      "id": 1,
      "account_id": 1,
      "conversation_id": 9,
      "message_id": 69,
      "rating": 4,
      "feedback_message": "Quick and friendly.",
      "contact_id": 81,
      "assigned_agent_id": null,
      "created_at": "2024-03-09T10:00:00.000Z",
      "updated_at": "2024-03-09T10:00:00.000Z"
    }
  ]
}
