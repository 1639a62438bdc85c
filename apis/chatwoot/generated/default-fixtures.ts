// Generated from apis/chatwoot/fixtures.ts with seed 20240301 by scripts/generate-specs.ts. Do not edit: run "npm run gen".
import type { createFixtures } from '../fixtures.js'

export const defaultFixtures: ReturnType<typeof createFixtures> = {
  "inboxes": [
    {
      "identifier": "inbox_identifier_example",
      "name": "Website"
    }
  ],
  "contacts": [
    {
      "inbox_identifier": "inbox_identifier_example",
      "source_id": "contact_identifier_example",
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
      "inbox_identifier": "inbox_identifier_example",
      "source_id": "e8b211ee-dfdf-4fe3-9897-80ef283dc978",
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
    }
  ],
  "conversations": [
    {
      "display_id": 56,
      "inbox_identifier": "inbox_identifier_example",
      "contact_source_id": "contact_identifier_example"
    },
    {
      "display_id": 57,
      "inbox_identifier": "inbox_identifier_example",
      "contact_source_id": "e8b211ee-dfdf-4fe3-9897-80ef283dc978"
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
    }
  ]
}
