-- Keys ready for a distributed PostgreSQL (Citus, distributed by "companyId"): every primary key,
-- unique constraint and foreign key between tenant tables includes "companyId", so each company's
-- rows and every join between them live on one shard. Company and User stay global (reference
-- tables). UIDs are unique per company; with unique prefixes that keeps them unique everywhere,
-- which the audit checks across companies. The tables take the names the API gives them.

-- The API's names for three tables, with their constraints and indexes.
ALTER TABLE "CompanyMember" RENAME TO "StaffMember";
ALTER INDEX "CompanyMember_pkey" RENAME TO "StaffMember_pkey";
ALTER INDEX "CompanyMember_companyId_userId_key" RENAME TO "StaffMember_companyId_userId_key";
ALTER INDEX "CompanyMember_userId_idx" RENAME TO "StaffMember_userId_idx";
ALTER TABLE "StaffMember" RENAME CONSTRAINT "CompanyMember_companyId_fkey" TO "StaffMember_companyId_fkey";
ALTER TABLE "StaffMember" RENAME CONSTRAINT "CompanyMember_userId_fkey" TO "StaffMember_userId_fkey";
ALTER INDEX "CompanyMember_companyId_id_key" RENAME TO "StaffMember_companyId_id_key";
ALTER TABLE "ClientMarketerAssignment" RENAME TO "ClientAssignment";
ALTER INDEX "ClientMarketerAssignment_pkey" RENAME TO "ClientAssignment_pkey";
ALTER INDEX "ClientMarketerAssignment_companyId_clientId_assignedAt_idx" RENAME TO "ClientAssignment_companyId_clientId_assignedAt_idx";
ALTER INDEX "ClientMarketerAssignment_companyId_marketerId_idx" RENAME TO "ClientAssignment_companyId_marketerId_idx";
ALTER TABLE "ClientAssignment" RENAME CONSTRAINT "ClientMarketerAssignment_assignedByUserId_fkey" TO "ClientAssignment_assignedByUserId_fkey";
ALTER TABLE "ClientAssignment" RENAME CONSTRAINT "ClientMarketerAssignment_companyId_clientId_fkey" TO "ClientAssignment_companyId_clientId_fkey";
ALTER TABLE "ClientAssignment" RENAME CONSTRAINT "ClientMarketerAssignment_companyId_fkey" TO "ClientAssignment_companyId_fkey";
ALTER TABLE "ClientAssignment" RENAME CONSTRAINT "ClientMarketerAssignment_companyId_marketerId_fkey" TO "ClientAssignment_companyId_marketerId_fkey";
ALTER INDEX "ClientMarketerAssignment_companyId_id_key" RENAME TO "ClientAssignment_companyId_id_key";
ALTER TABLE "PlotNumber" RENAME TO "Plot";
ALTER INDEX "PlotNumber_pkey" RENAME TO "Plot_pkey";
ALTER INDEX "PlotNumber_companyId_clientId_idx" RENAME TO "Plot_companyId_clientId_idx";
ALTER INDEX "PlotNumber_companyId_estateId_number_key" RENAME TO "Plot_companyId_estateId_number_key";
ALTER INDEX "PlotNumber_companyId_estateId_status_idx" RENAME TO "Plot_companyId_estateId_status_idx";
ALTER TABLE "Plot" RENAME CONSTRAINT "PlotNumber_companyId_clientId_fkey" TO "Plot_companyId_clientId_fkey";
ALTER TABLE "Plot" RENAME CONSTRAINT "PlotNumber_companyId_estateId_fkey" TO "Plot_companyId_estateId_fkey";
ALTER TABLE "Plot" RENAME CONSTRAINT "PlotNumber_companyId_fkey" TO "Plot_companyId_fkey";
ALTER TABLE "Plot" RENAME CONSTRAINT "PlotNumber_companyId_plotSizeId_fkey" TO "Plot_companyId_plotSizeId_fkey";
ALTER INDEX "PlotNumber_companyId_id_key" RENAME TO "Plot_companyId_id_key";

-- Composite foreign keys rest on the (companyId, id) unique indexes: drop them while the keys change.
ALTER TABLE "Client" DROP CONSTRAINT "Client_companyId_marketerId_fkey";
ALTER TABLE "ClientAssignment" DROP CONSTRAINT "ClientAssignment_companyId_clientId_fkey";
ALTER TABLE "ClientAssignment" DROP CONSTRAINT "ClientAssignment_companyId_marketerId_fkey";
ALTER TABLE "PlotSize" DROP CONSTRAINT "PlotSize_companyId_estateId_fkey";
ALTER TABLE "Plot" DROP CONSTRAINT "Plot_companyId_clientId_fkey";
ALTER TABLE "Plot" DROP CONSTRAINT "Plot_companyId_estateId_fkey";
ALTER TABLE "Plot" DROP CONSTRAINT "Plot_companyId_plotSizeId_fkey";
ALTER TABLE "Message" DROP CONSTRAINT "Message_companyId_ownerClientId_fkey";
ALTER TABLE "Message" DROP CONSTRAINT "Message_companyId_ownerMarketerId_fkey";
ALTER TABLE "Message" DROP CONSTRAINT "Message_companyId_replyToId_fkey";
ALTER TABLE "Message" DROP CONSTRAINT "Message_companyId_threadId_fkey";

-- Primary keys (companyId, id) replace (id) and the separate (companyId, id) unique index.
ALTER TABLE "StaffMember" DROP CONSTRAINT "StaffMember_pkey", ADD CONSTRAINT "StaffMember_pkey" PRIMARY KEY ("companyId", "id");
DROP INDEX "StaffMember_companyId_id_key";
ALTER TABLE "Marketer" DROP CONSTRAINT "Marketer_pkey", ADD CONSTRAINT "Marketer_pkey" PRIMARY KEY ("companyId", "id");
DROP INDEX "Marketer_companyId_id_key";
ALTER TABLE "Client" DROP CONSTRAINT "Client_pkey", ADD CONSTRAINT "Client_pkey" PRIMARY KEY ("companyId", "id");
DROP INDEX "Client_companyId_id_key";
ALTER TABLE "ClientAssignment" DROP CONSTRAINT "ClientAssignment_pkey", ADD CONSTRAINT "ClientAssignment_pkey" PRIMARY KEY ("companyId", "id");
DROP INDEX "ClientAssignment_companyId_id_key";
ALTER TABLE "Estate" DROP CONSTRAINT "Estate_pkey", ADD CONSTRAINT "Estate_pkey" PRIMARY KEY ("companyId", "id");
DROP INDEX "Estate_companyId_id_key";
ALTER TABLE "PlotSize" DROP CONSTRAINT "PlotSize_pkey", ADD CONSTRAINT "PlotSize_pkey" PRIMARY KEY ("companyId", "id");
DROP INDEX "PlotSize_companyId_id_key";
ALTER TABLE "Plot" DROP CONSTRAINT "Plot_pkey", ADD CONSTRAINT "Plot_pkey" PRIMARY KEY ("companyId", "id");
DROP INDEX "Plot_companyId_id_key";
ALTER TABLE "Message" DROP CONSTRAINT "Message_pkey", ADD CONSTRAINT "Message_pkey" PRIMARY KEY ("companyId", "id");
DROP INDEX "Message_companyId_id_key";

-- UIDs: unique within the company.
DROP INDEX "Marketer_uid_key";
CREATE UNIQUE INDEX "Marketer_companyId_uid_key" ON "Marketer"("companyId", "uid");
DROP INDEX "Client_uid_key";
CREATE UNIQUE INDEX "Client_companyId_uid_key" ON "Client"("companyId", "uid");

-- The composite foreign keys again, now onto the primary keys.
ALTER TABLE "Client" ADD CONSTRAINT "Client_companyId_marketerId_fkey" FOREIGN KEY ("companyId", "marketerId") REFERENCES "Marketer"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ClientAssignment" ADD CONSTRAINT "ClientAssignment_companyId_clientId_fkey" FOREIGN KEY ("companyId", "clientId") REFERENCES "Client"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ClientAssignment" ADD CONSTRAINT "ClientAssignment_companyId_marketerId_fkey" FOREIGN KEY ("companyId", "marketerId") REFERENCES "Marketer"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PlotSize" ADD CONSTRAINT "PlotSize_companyId_estateId_fkey" FOREIGN KEY ("companyId", "estateId") REFERENCES "Estate"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Plot" ADD CONSTRAINT "Plot_companyId_clientId_fkey" FOREIGN KEY ("companyId", "clientId") REFERENCES "Client"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Plot" ADD CONSTRAINT "Plot_companyId_estateId_fkey" FOREIGN KEY ("companyId", "estateId") REFERENCES "Estate"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Plot" ADD CONSTRAINT "Plot_companyId_plotSizeId_fkey" FOREIGN KEY ("companyId", "plotSizeId") REFERENCES "PlotSize"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Message" ADD CONSTRAINT "Message_companyId_ownerClientId_fkey" FOREIGN KEY ("companyId", "ownerClientId") REFERENCES "Client"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Message" ADD CONSTRAINT "Message_companyId_ownerMarketerId_fkey" FOREIGN KEY ("companyId", "ownerMarketerId") REFERENCES "Marketer"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Message" ADD CONSTRAINT "Message_companyId_replyToId_fkey" FOREIGN KEY ("companyId", "replyToId") REFERENCES "Message"("companyId", "id") ON UPDATE CASCADE;
ALTER TABLE "Message" ADD CONSTRAINT "Message_companyId_threadId_fkey" FOREIGN KEY ("companyId", "threadId") REFERENCES "Message"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
