-- One database per service that owns data (gateway, orchestrator, pms-adapter); user hotel owns them.
CREATE DATABASE gateway OWNER hotel;
CREATE DATABASE orchestrator OWNER hotel;
CREATE DATABASE pms OWNER hotel;
