-- Collections: the outbox of events (written in the transaction of the change that causes them),
-- webhook endpoints and deliveries, instalment reminders, in-app notifications and announcements,
-- online payments through a gateway, and each company's collection settings. Tenant tables as
-- every other: companyId in each key, composite foreign keys (ON UPDATE NO ACTION, for Citus),
-- row-level security ENABLEd and FORCEd, grants to estate_app at the end. The job queue itself
-- (graphile-worker) keeps its own schema, installed at start-up (src/db/jobs.ts).

-- CreateEnum
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('PENDING', 'DELIVERED', 'FAILED');
CREATE TYPE "ReminderChannel" AS ENUM ('INBOX', 'EMAIL', 'WEBHOOK');
CREATE TYPE "ReminderStatus" AS ENUM ('SCHEDULED', 'SENT', 'CANCELLED', 'FAILED');
CREATE TYPE "NotificationKind" AS ENUM ('REMINDER', 'ANNOUNCEMENT', 'PAYMENT');
CREATE TYPE "AnnouncementAudience" AS ENUM ('ALL_CLIENTS', 'ALL_MARKETERS', 'SEGMENT');
CREATE TYPE "Gateway" AS ENUM ('PAYSTACK', 'FLUTTERWAVE');
CREATE TYPE "GatewayPaymentStatus" AS ENUM ('STARTED', 'PAID', 'HELD');
CREATE TYPE "GatewayEventStatus" AS ENUM ('RECEIVED', 'RECORDED', 'HELD', 'IGNORED');

-- CreateTable
CREATE TABLE "CollectionSettings" (
    "companyId" UUID NOT NULL,
    "reminderOffsets" INTEGER[] DEFAULT ARRAY[-7, 0, 3, 14]::INTEGER[],
    "reminderMinute" INTEGER NOT NULL DEFAULT 540,
    "quietStartMinute" INTEGER NOT NULL DEFAULT 1260,
    "quietEndMinute" INTEGER NOT NULL DEFAULT 480,
    "reminderChannels" "ReminderChannel"[] DEFAULT ARRAY['INBOX', 'EMAIL', 'WEBHOOK']::"ReminderChannel"[],
    "gatewaySecretKey" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CollectionSettings_pkey" PRIMARY KEY ("companyId")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "companyId" UUID NOT NULL,
    "position" BIGSERIAL NOT NULL,
    "type" TEXT NOT NULL,
    "saleId" UUID,
    "subjectId" UUID NOT NULL,
    "data" JSONB NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Event_pkey" PRIMARY KEY ("companyId","id")
);

-- CreateTable
CREATE TABLE "WebhookEndpoint" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "companyId" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "events" TEXT[],
    "secret" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "description" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WebhookEndpoint_pkey" PRIMARY KEY ("companyId","id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "companyId" UUID NOT NULL,
    "endpointId" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "orderKey" UUID NOT NULL,
    "position" BIGINT NOT NULL,
    "status" "WebhookDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "replay" BOOLEAN NOT NULL DEFAULT false,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" TIMESTAMPTZ(3),
    "lastAttemptAt" TIMESTAMPTZ(3),
    "lastResponseCode" INTEGER,
    "lastError" TEXT,
    "deliveredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("companyId","id")
);

-- CreateTable
CREATE TABLE "Reminder" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "companyId" UUID NOT NULL,
    "instalmentId" UUID NOT NULL,
    "saleId" UUID NOT NULL,
    "offsetDays" INTEGER NOT NULL,
    "channel" "ReminderChannel" NOT NULL,
    "scheduledFor" TIMESTAMPTZ(3) NOT NULL,
    "status" "ReminderStatus" NOT NULL DEFAULT 'SCHEDULED',
    "leaseUntil" TIMESTAMPTZ(3),
    "sentAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("companyId","id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "companyId" UUID NOT NULL,
    "recipientProfileId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "saleId" UUID,
    "announcementId" UUID,
    "unread" BOOLEAN NOT NULL DEFAULT true,
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Notification_pkey" PRIMARY KEY ("companyId","id")
);

-- CreateTable
CREATE TABLE "Announcement" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "companyId" UUID NOT NULL,
    "audience" "AnnouncementAudience" NOT NULL,
    "estateId" UUID,
    "marketerId" UUID,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "recipients" INTEGER,
    "createdByUserId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),
    CONSTRAINT "Announcement_pkey" PRIMARY KEY ("companyId","id")
);

-- CreateTable
CREATE TABLE "GatewayPayment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "companyId" UUID NOT NULL,
    "gateway" "Gateway" NOT NULL,
    "reference" TEXT NOT NULL,
    "saleId" UUID NOT NULL,
    "instalmentId" UUID,
    "amountMinor" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "email" TEXT NOT NULL,
    "checkoutUrl" TEXT,
    "status" "GatewayPaymentStatus" NOT NULL DEFAULT 'STARTED',
    "paymentId" UUID,
    "startedByUserId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "GatewayPayment_pkey" PRIMARY KEY ("companyId","id")
);

-- CreateTable
CREATE TABLE "GatewayEvent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "companyId" UUID NOT NULL,
    "gateway" "Gateway" NOT NULL,
    "externalId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "deliveries" INTEGER NOT NULL DEFAULT 1,
    "status" "GatewayEventStatus" NOT NULL DEFAULT 'RECEIVED',
    "reason" TEXT,
    "paymentId" UUID,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMPTZ(3),
    CONSTRAINT "GatewayEvent_pkey" PRIMARY KEY ("companyId","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Event_companyId_position_key" ON "Event"("companyId", "position");
CREATE INDEX "Event_companyId_type_position_idx" ON "Event"("companyId", "type", "position");
CREATE INDEX "Event_companyId_subjectId_idx" ON "Event"("companyId", "subjectId");
CREATE INDEX "WebhookDelivery_companyId_endpointId_orderKey_status_positi_idx" ON "WebhookDelivery"("companyId", "endpointId", "orderKey", "status", "position");
CREATE INDEX "WebhookDelivery_companyId_status_nextAttemptAt_idx" ON "WebhookDelivery"("companyId", "status", "nextAttemptAt");
CREATE INDEX "WebhookDelivery_companyId_eventId_idx" ON "WebhookDelivery"("companyId", "eventId");
CREATE UNIQUE INDEX "Reminder_companyId_instalmentId_offsetDays_channel_key" ON "Reminder"("companyId", "instalmentId", "offsetDays", "channel");
CREATE INDEX "Reminder_companyId_status_scheduledFor_idx" ON "Reminder"("companyId", "status", "scheduledFor");
CREATE INDEX "Reminder_companyId_saleId_idx" ON "Reminder"("companyId", "saleId");
CREATE INDEX "Notification_companyId_recipientProfileId_unread_createdAt_idx" ON "Notification"("companyId", "recipientProfileId", "unread", "createdAt");
CREATE UNIQUE INDEX "Notification_companyId_announcementId_recipientProfileId_key" ON "Notification"("companyId", "announcementId", "recipientProfileId");
CREATE UNIQUE INDEX "GatewayPayment_companyId_reference_key" ON "GatewayPayment"("companyId", "reference");
CREATE UNIQUE INDEX "GatewayPayment_companyId_paymentId_key" ON "GatewayPayment"("companyId", "paymentId");
CREATE UNIQUE INDEX "GatewayEvent_companyId_gateway_externalId_key" ON "GatewayEvent"("companyId", "gateway", "externalId");
CREATE UNIQUE INDEX "GatewayEvent_companyId_paymentId_key" ON "GatewayEvent"("companyId", "paymentId");
CREATE INDEX "GatewayEvent_companyId_status_receivedAt_idx" ON "GatewayEvent"("companyId", "status", "receivedAt");

-- AddForeignKey
ALTER TABLE "CollectionSettings" ADD CONSTRAINT "CollectionSettings_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "Event" ADD CONSTRAINT "Event_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "Event" ADD CONSTRAINT "Event_companyId_saleId_fkey" FOREIGN KEY ("companyId", "saleId") REFERENCES "Sale"("companyId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "WebhookEndpoint" ADD CONSTRAINT "WebhookEndpoint_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_companyId_endpointId_fkey" FOREIGN KEY ("companyId", "endpointId") REFERENCES "WebhookEndpoint"("companyId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_companyId_eventId_fkey" FOREIGN KEY ("companyId", "eventId") REFERENCES "Event"("companyId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_companyId_instalmentId_fkey" FOREIGN KEY ("companyId", "instalmentId") REFERENCES "Instalment"("companyId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_companyId_saleId_fkey" FOREIGN KEY ("companyId", "saleId") REFERENCES "Sale"("companyId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_companyId_saleId_fkey" FOREIGN KEY ("companyId", "saleId") REFERENCES "Sale"("companyId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_companyId_announcementId_fkey" FOREIGN KEY ("companyId", "announcementId") REFERENCES "Announcement"("companyId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "Announcement" ADD CONSTRAINT "Announcement_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "Announcement" ADD CONSTRAINT "Announcement_companyId_estateId_fkey" FOREIGN KEY ("companyId", "estateId") REFERENCES "Estate"("companyId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "Announcement" ADD CONSTRAINT "Announcement_companyId_marketerId_fkey" FOREIGN KEY ("companyId", "marketerId") REFERENCES "Marketer"("companyId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "Announcement" ADD CONSTRAINT "Announcement_companyId_createdByUserId_fkey" FOREIGN KEY ("companyId", "createdByUserId") REFERENCES "User"("companyId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "GatewayPayment" ADD CONSTRAINT "GatewayPayment_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "GatewayPayment" ADD CONSTRAINT "GatewayPayment_companyId_saleId_fkey" FOREIGN KEY ("companyId", "saleId") REFERENCES "Sale"("companyId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "GatewayPayment" ADD CONSTRAINT "GatewayPayment_companyId_instalmentId_fkey" FOREIGN KEY ("companyId", "instalmentId") REFERENCES "Instalment"("companyId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "GatewayPayment" ADD CONSTRAINT "GatewayPayment_companyId_paymentId_fkey" FOREIGN KEY ("companyId", "paymentId") REFERENCES "Payment"("companyId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "GatewayPayment" ADD CONSTRAINT "GatewayPayment_companyId_startedByUserId_fkey" FOREIGN KEY ("companyId", "startedByUserId") REFERENCES "User"("companyId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "GatewayEvent" ADD CONSTRAINT "GatewayEvent_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "GatewayEvent" ADD CONSTRAINT "GatewayEvent_companyId_paymentId_fkey" FOREIGN KEY ("companyId", "paymentId") REFERENCES "Payment"("companyId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- Row-level security on every new table, exactly as the tenancy migration sets it up.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['CollectionSettings', 'Event', 'WebhookEndpoint', 'WebhookDelivery', 'Reminder',
                           'Notification', 'Announcement', 'GatewayPayment', 'GatewayEvent'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO estate_app USING ("companyId" = app_current_company()) WITH CHECK ("companyId" = app_current_company())', t);
    EXECUTE format('CREATE POLICY operator_access ON %I TO CURRENT_USER USING (true) WITH CHECK (true)', t);
  END LOOP;
END $$;

-- Events are append-only, like the ledger they record. The rest change state as work is done.
GRANT SELECT, INSERT ON "Event" TO estate_app;
GRANT USAGE ON SEQUENCE "Event_position_seq" TO estate_app;
GRANT SELECT, INSERT, UPDATE ON "CollectionSettings", "WebhookEndpoint", "WebhookDelivery", "Notification",
  "Announcement", "GatewayPayment", "GatewayEvent" TO estate_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON "Reminder" TO estate_app;

-- The companies with work due now (reminders to send, webhook deliveries to attempt, gateway
-- charges still unrecorded a minute after they arrived): the one
-- look across companies the job sweeper needs, answering ids only. Each company's work then runs
-- in a transaction of its own company, under row-level security.
CREATE FUNCTION app_companies_with_due_work() RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  BEGIN
    RETURN QUERY
      SELECT "companyId" FROM "Reminder"
        WHERE "status" = 'SCHEDULED' AND "scheduledFor" <= now() AND ("leaseUntil" IS NULL OR "leaseUntil" < now())
      UNION
      SELECT "companyId" FROM "WebhookDelivery"
        WHERE "status" = 'PENDING' AND "nextAttemptAt" <= now() AND ("leaseUntil" IS NULL OR "leaseUntil" < now())
      UNION
      SELECT "companyId" FROM "GatewayEvent"
        WHERE "status" = 'RECEIVED' AND "receivedAt" < now() - interval '1 minute';
  END $$;
REVOKE ALL ON FUNCTION app_companies_with_due_work() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_companies_with_due_work() TO estate_app;

-- Payments recorded before the outbox existed get their events now, in receipt order, so that
-- every payment has its payment.recorded (or payment.reversed) event (the audit checks it).
INSERT INTO "Event" ("companyId", "type", "saleId", "subjectId", "data", "occurredAt")
SELECT p."companyId", CASE p."kind" WHEN 'PAYMENT' THEN 'payment.recorded' ELSE 'payment.reversed' END, p."saleId", p."id",
       jsonb_build_object('receiptNumber', p."receiptNumber", 'saleNumber', s."number", 'amountMinor', p."amountMinor"::text,
                          'currency', p."currency", 'method', p."method", 'date', p."date"::text, 'reference', p."reference",
                          'reversesId', p."reversesId"),
       p."createdAt"
FROM "Payment" p JOIN "Sale" s ON s."companyId" = p."companyId" AND s."id" = p."saleId"
ORDER BY p."companyId", p."seq";
