// Generated from apis/hapihub/fixtures.ts with seed 20240301 by scripts/generate-specs.ts. Do not edit: run "npm run gen".
import type { createFixtures } from '../fixtures.js'

export const defaultFixtures: ReturnType<typeof createFixtures> = {
  "rooms": [
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
      "id": "room-private",
      "createdAt": 1709370000000,
      "createdBy": "uid-ada",
      "participants": [
        "uid-ada",
        "uid-grace"
      ],
      "participantsLastMessageSeen": {}
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
  ],
  "accounts": [
    {
      "token": "<your-api-token>",
      "uid": "some-uid"
    },
    {
      "token": "token-ada",
      "uid": "uid-ada"
    },
    {
      "token": "token-grace",
      "uid": "uid-grace"
    }
  ],
  "messages": [
    {
      "id": "id-1",
      "createdAt": 1564661697125,
      "createdBy": "some-uid"
    },
    {
      "id": "id-2",
      "createdAt": 1564661697125,
      "createdBy": "some-uid"
    },
    {
      "id": "id-3",
      "createdAt": 1709283780000,
      "createdBy": "some-uid",
      "room": "room-clinic",
      "text": "Error anser deprimo barba curriculum adeo cerno texo curo.",
      "seenBy": [
        "uid-ada"
      ]
    },
    {
      "id": "id-4",
      "createdAt": 1709283840000,
      "createdBy": "uid-ada",
      "room": "room-id",
      "text": "Demulceo cursim verecundia ex."
    },
    {
      "id": "id-5",
      "createdAt": 1709283900000,
      "createdBy": "uid-grace",
      "room": "room-clinic",
      "text": "Attonbitus aegre animadverto velut vado torqueo vomito una."
    },
    {
      "id": "id-6",
      "createdAt": 1709283960000,
      "createdBy": "some-uid",
      "room": "room-id",
      "text": "Vorago verecundia auditor dolorem quasi deinde desparatus adflicto valetudo vinum.",
      "seenBy": [
        "uid-ada"
      ]
    },
    {
      "id": "id-7",
      "createdAt": 1709284020000,
      "createdBy": "uid-ada",
      "room": "room-clinic",
      "text": "Illum blanditiis tremo tempore."
    },
    {
      "id": "id-8",
      "createdAt": 1709284080000,
      "createdBy": "uid-grace",
      "room": "room-id",
      "text": "Decumbo laboriosam demonstro decerno corrumpo damnatio deludo."
    },
    {
      "id": "id-9",
      "createdAt": 1709284140000,
      "createdBy": "some-uid",
      "room": "room-clinic",
      "text": "Capitulus cubitum aro crudelis ascit.",
      "seenBy": [
        "uid-ada"
      ]
    },
    {
      "id": "id-10",
      "createdAt": 1709284200000,
      "createdBy": "uid-ada",
      "room": "room-id",
      "text": "Tredecim comitatus careo sto."
    }
  ]
}
